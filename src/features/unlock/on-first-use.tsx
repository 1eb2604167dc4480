import { lazy, type ComponentType } from 'react';
import { LoadFailedNotice } from '@/ui/load-failed-notice';

/**
 * A header control's part that is not drawn before a click (the unlock form, the group choice), loaded
 * when first drawn: the first page's code leaves it out (issue 12 goal 6). Show it inside a Suspense.
 * Code that does not arrive shows why, with a reload button, in the part's place (the header has no
 * error boundary; the page's would not catch it).
 */
export function onFirstUse<P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): ComponentType<P> {
  return lazy<ComponentType<P>>(() =>
    load().then(
      (module) => ({ default: module[name] }),
      (error: unknown) => ({ default: () => <LoadFailedNotice error={error} /> }),
    ),
  );
}
