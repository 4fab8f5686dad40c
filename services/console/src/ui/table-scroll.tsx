import type { ReactNode } from 'react';

/**
 * The box a wide table scrolls in on a narrow screen, never the page. It is a named region in the
 * tab order, so a keyboard user can reach it and scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
