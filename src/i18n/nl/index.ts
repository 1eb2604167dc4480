import { nlFirstPage } from './first-page';
import { nlPages } from './pages';

/** Dutch is the default and the source of every key. */
export const nl = { ...nlFirstPage, ...nlPages } as const;
