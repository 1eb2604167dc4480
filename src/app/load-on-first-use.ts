/**
 * A value that loads when it is first asked for, not when it is made: its `then` starts `load`
 * the first time it is called and every later `then` shares that one load. React's `use()` and
 * `Promise.all` take it as they take a promise. The sync hub and the supplier registry are made
 * this way in the production build: the first page never syncs, so their code (xstate, zod, every
 * adapter) loads with the first view that syncs or edits a connector, not beside the first page
 * (issue 12 goal 6, docs/decisions/040-lighthouse-first-load.md).
 */
export function loadOnFirstUse<T>(load: () => PromiseLike<T>): PromiseLike<T> {
  let started: PromiseLike<T> | null = null;
  return {
    then: (onFulfilled, onRejected) => (started ??= load()).then(onFulfilled, onRejected),
  };
}
