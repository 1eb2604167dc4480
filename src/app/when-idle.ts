/**
 * Resolves when the browser is next idle (requestIdleCallback), and after `timeoutMs` at the latest,
 * so work that can wait does not compete with drawing the first page (decision 040). Where there is
 * no requestIdleCallback (older Safari), after the tasks already queued.
 */
export function whenIdle(timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}
