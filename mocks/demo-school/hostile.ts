/**
 * Hostile supplier strings, for the browser test that proves they render as inert text.
 * Switched on per page load with `?vijandige-invoer` in the demo's URL; off otherwise.
 */
export const HOSTILE_CODES = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '<svg onload="window.__pwned=1"><circle r="9"/></svg>',
  '=HYPERLINK("http://x";"klik")',
] as const;

/** Longer than any supplier field should be: adapters must refuse it with a reason, not choke on it. */
export const HUGE_VALUE = 'A'.repeat(100_000);

export const hostileEnabled = (): boolean => {
  try {
    return new URLSearchParams(globalThis.location?.search ?? '').has('vijandige-invoer');
  } catch {
    return false;
  }
};
