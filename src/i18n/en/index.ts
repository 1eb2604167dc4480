import type { Messages } from '../messages';
import { enFirstPage } from './first-page';
import { enPages } from './pages';

export const en: Messages = { ...enFirstPage, ...enPages };
