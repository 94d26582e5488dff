import { describe, expect, it } from 'vitest';
import { amountInput, amountProblem, parseAmount, splitProblems } from './input';

describe('amounts as people type them', () => {
  it.each([
    ['125.000', 125000],
    ['125000', 125000],
    ['€ 1.234,56', 1234.56],
    ['1234,5', 1234.5],
    ['1234.56', 1234.56],
    ['0', 0],
  ])('reads %s as %d', (text, value) => expect(parseAmount(text)).toBe(value));

  it.each(['', 'veel', '1,234.56', '12.34.5'])('does not take %j for an amount', (text) => expect(parseAmount(text)).toBeUndefined());

  it('writes an amount back in Dutch notation for the field', () => {
    expect(amountInput(12500.5)).toBe('12.500,5');
    expect(amountInput(null)).toBe('');
  });

  it('names what is wrong with an amount', () => {
    expect(amountProblem('')).toBe('Vul een bedrag in.');
    expect(amountProblem('', { required: false })).toBeUndefined();
    expect(amountProblem('0', { allowZero: false })).toBe('Het bedrag moet groter dan nul zijn.');
    expect(amountProblem('1,234')).toBe('Gebruik hoogstens twee cijfers achter de komma.');
    expect(amountProblem('-5')).toBe('Het bedrag mag niet negatief zijn.');
  });

  it('sorts a 400\'s problems into the form\'s fields and the rest, keeping every reason', () => {
    const split = splitProblems([
      { name: 'reason', reason: 'Is verplicht.' },
      { name: 'reason', reason: 'Te lang.' },
      { name: 'year', reason: 'Buiten bereik.' },
    ], ['reason']);
    expect(split).toEqual({ fields: { reason: 'Is verplicht. Te lang.' }, other: ['year: Buiten bereik.'] });
  });
});
