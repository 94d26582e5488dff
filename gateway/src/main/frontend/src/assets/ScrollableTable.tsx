import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a narrow screen. Keyboard users can only scroll what can take
 * focus (WCAG 2.1.1), so the region is a named tab stop.
 */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="groenagenda-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
