import type { nl } from './nl';
import type { nlFirstPage } from './nl/first-page';

/** Widen the Dutch literal types to string, keeping the shape: English must have every key. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof nl>;

/** The sections of the messages the first page uses (decision 035); the others load with the other pages. */
export type FirstPageSection = keyof typeof nlFirstPage;
export type PageSection = Exclude<keyof Messages, FirstPageSection>;
