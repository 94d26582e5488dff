import { act, renderHook } from '@testing-library/react';
import { useStoredDraft } from './useStoredDraft';

describe('useStoredDraft', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('gives back what was typed before the page was left for the login', () => {
    const first = renderHook(() => useStoredDraft('claim:2025', { amount: '' }));
    act(() => first.result.current[1]({ amount: '125000' }));
    first.unmount();

    const again = renderHook(() => useStoredDraft('claim:2025', { amount: '' }));
    expect(again.result.current[0]).toEqual({ amount: '125000' });
    expect(again.result.current[3]).toBe(true);
  });

  it('forgets the draft once it is saved', () => {
    const first = renderHook(() => useStoredDraft('claim:2025', { amount: '' }));
    act(() => first.result.current[1]({ amount: '1' }));
    act(() => first.result.current[2]());
    first.unmount();

    const again = renderHook(() => useStoredDraft('claim:2025', { amount: '' }));
    expect(again.result.current[0]).toEqual({ amount: '' });
    expect(again.result.current[3]).toBe(false);
  });
});
