import { classOverview } from './class-overview';
import { common } from './common';

/** Dutch is the default and the source of every key. */
export const nl = { common, classOverview } as const;
