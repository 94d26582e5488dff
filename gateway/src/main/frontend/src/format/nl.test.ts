import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateTime, formatMoney } from './nl';

// Intl separates the euro sign with a no-break space; what a reader sees is "€ 17.124".
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('Dutch notation', () => {
  it('writes whole euros with a point between thousands and no cents', () => {
    expect(plain(formatMoney(17124))).toBe('€ 17.124');
    expect(plain(formatMoney(1250000))).toBe('€ 1.250.000');
  });

  it('writes cents with a decimal comma when there are any', () => {
    expect(plain(formatMoney(17124.5))).toBe('€ 17.124,50');
  });

  it('writes a shortfall as a negative amount and a missing one as a dash', () => {
    expect(plain(formatMoney(-2500))).toBe('€ -2.500');
    expect(formatMoney(null)).toBe('-');
  });

  it('writes counts with a thousands point', () => {
    expect(formatCount(2000)).toBe('2.000');
  });

  it('writes a calendar date as a Dutch date without shifting it a day', () => {
    expect(formatDate('2026-03-01')).toBe('1 maart 2026');
    expect(formatDate('2026-12-31')).toBe('31 december 2026');
  });

  it('writes an instant in Amsterdam time', () => {
    // 23:30 UTC on 31 December is already New Year in Assen.
    expect(formatDateTime('2025-12-31T23:30:00Z')).toBe('1 januari 2026 om 00:30');
    expect(formatDateTime('2026-07-01T10:05:00Z')).toBe('1 juli 2026 om 12:05');
  });
});
