import type { Messages } from '../messages';
import { classOverview } from './class-overview';
import { common } from './common';

export const en: Messages = { common, classOverview };
