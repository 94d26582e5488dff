import { describe, expect, it, vi } from 'vitest';
import { popupContent } from './GeoJsonMap';

describe('a map popup', () => {
  it('shows a title as text, never as HTML, and follows its link inside the app', () => {
    const navigate = vi.fn();
    const popup = popupContent({ title: '<img src=x onerror=alert(1)>', href: '/uitvoeringsagenda/item-1', lines: ['Stoplicht: Rood'] }, navigate);

    const link = popup.querySelector('a')!;
    expect(link.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(popup.querySelector('img')).toBeNull();
    expect(link.getAttribute('href')).toBe('/uitvoeringsagenda/item-1');
    expect(popup.textContent).toContain('Stoplicht: Rood');

    link.click();
    expect(navigate).toHaveBeenCalledWith('/uitvoeringsagenda/item-1');
  });

  it('leaves a link opened in a new tab to the browser', () => {
    const navigate = vi.fn();
    const link = popupContent({ title: 'Wadi', href: '/uitvoeringsagenda/item-1' }, navigate).querySelector('a')!;
    link.dispatchEvent(new MouseEvent('click', { ctrlKey: true, bubbles: true, cancelable: true }));
    expect(navigate).not.toHaveBeenCalled();
  });
});
