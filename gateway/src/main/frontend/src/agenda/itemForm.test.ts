import { describe, expect, it } from 'vitest';
import type { Theme } from '../api/agenda';
import { contentOf, emptyValues, fieldOfProblem, parseAmount, validate, type ItemFormValues } from './itemForm';

const THEMES: Theme[] = [{ code: 'HEAT', name: 'Hitte', vision: 'KLIMAATADAPTATIE' }];

function filled(patch: Partial<ItemFormValues> = {}): ItemFormValues {
  return {
    ...emptyValues('openbare-ruimte'),
    title: 'Schaduwbomen', visions: ['KLIMAATADAPTATIE'], theme: 'HEAT', measureType: 'NEW_PLANTING',
    ...patch,
  };
}

describe('the agenda item form', () => {
  it('reads amounts as a Dutch user types them', () => {
    expect(parseAmount('17.124')).toBe(17124);
    expect(parseAmount('€ 17.124,50')).toBe(17124.5);
    expect(parseAmount('17124,5')).toBe(17124.5);
    expect(parseAmount('17.5')).toBe(17.5);
    expect(parseAmount('1.234.567')).toBe(1234567);
    expect(parseAmount('-5')).toBeUndefined();
    expect(parseAmount('12,345')).toBeUndefined();
    expect(parseAmount('')).toBeUndefined();
  });

  it('finds what agenda-service would refuse', () => {
    expect(validate(filled(), THEMES, false)).toEqual({});
    expect(validate(filled({ visions: ['GROENVISIE'] }), THEMES, false).theme).toMatch(/hoort bij de Visie Klimaatadaptatie/);
    expect(validate(filled({ plannedStart: '2027-05-01', plannedEnd: '2027-04-01' }), THEMES, false).plannedEnd)
      .toBe('Het einde mag niet voor de start liggen.');
    expect(validate(filled({ plannedStart: '2050-01-01' }), THEMES, false).plannedStart).toBe('Moet in 2024 tot en met 2044 liggen.');
    const costs = [
      { key: 'a', year: '2026', amount: '100', recurring: false, kind: 'OPERATING' as const },
      { key: 'b', year: '2026', amount: 'veel', recurring: false, kind: 'OPERATING' as const },
    ];
    const errors = validate(filled({ costs }), THEMES, false);
    expect(errors['costs[1].year']).toMatch(/al kosten voor dit jaar/);
    expect(errors['costs[1].amount']).toMatch(/Een bedrag in euro/);
    expect(validate(filled({ assetIds: 'geen-id' }), THEMES, false).assetIds).toMatch(/geen-id/);
    expect(validate(filled({ location: '{"type": "Point"' }), THEMES, false).location).toMatch(/Geen geldige GeoJSON/);
    expect(validate(filled(), THEMES, true).reason).toMatch(/Geef een reden/);
  });

  it('sends lists one per line and empty fields as null', () => {
    const content = contentOf(filled({ partners: 'Waterschap\n\n  Bewoners  ', assetIds: '', owner: ' ', location: '' }));
    expect(content.partners).toEqual(['Waterschap', 'Bewoners']);
    expect(content.assetIds).toEqual([]);
    expect(content.owner).toBeNull();
    expect(content.location).toBeNull();
  });

  it('puts the API’s problem names on the form’s fields', () => {
    expect(fieldOfProblem('districts[3]')).toBe('districts');
    expect(fieldOfProblem('costs[2]')).toBe('costs[2].year');
    expect(fieldOfProblem('costs[2].kind')).toBe('costs[2].year');
    expect(fieldOfProblem('costs[0].amount')).toBe('costs[0].amount');
    expect(fieldOfProblem('workWithWork[1]')).toBe('workWithWork[1].programme');
    expect(fieldOfProblem('title')).toBe('title');
    expect(fieldOfProblem('somethingElse')).toBeUndefined();
  });
});
