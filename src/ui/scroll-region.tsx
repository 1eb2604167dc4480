import type { ReactNode } from 'react';

/**
 * A wide table's own scrolling region: on a narrow screen the table scrolls sideways inside it, not
 * the page. Focusable (a keyboard scrolls it with the arrow keys) and named, so a screen reader says
 * what it holds (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function ScrollRegion({ label, focusable = true, children }: { label: string; focusable?: boolean; children: ReactNode }) {
  // A grid moves focus cell by cell (and scrolls with it): it needs no tab stop of its own around it.
  return (
    <div className="scroll-region" role="region" aria-label={label} tabIndex={focusable ? 0 : undefined}>
      {children}
    </div>
  );
}
