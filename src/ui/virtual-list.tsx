import { Fragment, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { usePrinting } from './use-printing';

/** What a virtual list's item puts on its `<li>`: its place in the whole list, and the ref that measures it. */
export interface VirtualItemProps {
  readonly 'aria-setsize': number;
  readonly 'aria-posinset': number;
  readonly 'data-index': number;
  readonly ref?: (element: Element | null) => void;
}

interface VirtualListProps<T> {
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  /** The list's name: the id of its heading. */
  readonly labelledBy: string;
  /** A first guess of an item's height in px (each is measured once drawn). */
  readonly estimate: number;
  readonly renderItem: (item: T, props: VirtualItemProps) => ReactNode;
}

/** Up to this many items the list is drawn whole: nothing to gain, and the browser's find-in-page sees them all. */
export const WHOLE_UP_TO = 30;
const FOCUSABLE = 'input, select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A long list drawn in part (TanStack Virtual, window scrolling): only the items near the screen are
 * in the page, with the space of the others kept above and below them. Every item says its place in the
 * whole list (aria-posinset of aria-setsize), so a screen reader tells "12 of 240". Tab and Shift+Tab
 * move on to the next or previous item even when it is not drawn yet. Printing draws every item.
 */
export function VirtualList<T>({ items, keyOf, labelledBy, estimate, renderItem }: VirtualListProps<T>) {
  const list = useRef<HTMLUListElement>(null);
  const [top, setTop] = useState(0);
  const whole = usePrinting() || items.length <= WHOLE_UP_TO;
  useLayoutEffect(() => {
    if (list.current) setTop(list.current.getBoundingClientRect().top + window.scrollY);
  }, [items.length]);
  const virtualizer = useWindowVirtualizer({ count: items.length, estimateSize: () => estimate, overscan: 4, scrollMargin: top, enabled: !whole });
  const propsOf = (index: number, measured: boolean): VirtualItemProps => ({
    'aria-setsize': items.length,
    'aria-posinset': index + 1,
    'data-index': index,
    ...(measured ? { ref: virtualizer.measureElement } : {}),
  });
  // Tab from an item's last control (Shift+Tab from its first) goes to the next (previous) item, drawn first when it is not.
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (whole || event.key !== 'Tab' || !(event.target instanceof HTMLElement)) return;
    const item = event.target.closest<HTMLElement>('li[data-index]');
    if (!item) return;
    const controls = [...item.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const next = Number(item.dataset['index']) + (event.shiftKey ? -1 : 1);
    const edge = event.shiftKey ? controls[0] : controls.at(-1);
    if (event.target !== edge || next < 0 || next >= items.length) return;
    event.preventDefault();
    virtualizer.scrollToIndex(next, { align: 'auto' });
    const focus = (tries: number) => {
      const found = list.current?.querySelector<HTMLElement>(`li[data-index="${next}"]`);
      const controlsThere = found ? [...found.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
      const target = event.shiftKey ? controlsThere.at(-1) : controlsThere[0];
      if (target) target.focus();
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    focus(10);
  };
  if (whole)
    return (
      <ul ref={list} aria-labelledby={labelledBy}>
        {items.map((item, index) => (
          <Fragment key={keyOf(item)}>{renderItem(item, propsOf(index, false))}</Fragment>
        ))}
      </ul>
    );
  const shown = virtualizer.getVirtualItems();
  const before = (shown[0]?.start ?? top) - top;
  const after = virtualizer.getTotalSize() - ((shown.at(-1)?.end ?? top) - top);
  return (
    <ul ref={list} aria-labelledby={labelledBy} onKeyDown={onKeyDown} style={{ paddingTop: before, paddingBottom: Math.max(0, after) }}>
      {shown.map((row) => (
        <Fragment key={keyOf(items[row.index] as T)}>{renderItem(items[row.index] as T, propsOf(row.index, true))}</Fragment>
      ))}
    </ul>
  );
}
