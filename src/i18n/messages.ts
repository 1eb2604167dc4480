import type { nl } from './nl';

/** Widen the Dutch literal types to string, keeping the shape: English must have every key. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof nl>;
