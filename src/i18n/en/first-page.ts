import type { FirstPageSection, Messages } from '../messages';
import { common } from './common';
import { classOverview } from './class-overview';
import { unlock } from './unlock';
import { learningLines } from './learning-lines';
import { shell } from './shell';
import { filters } from './filters';
import { report } from './report';
import { curriculum } from './curriculum';

/** The English messages the first page uses (the Dutch ones: ../nl/first-page.ts). */
export const enFirstPage: Pick<Messages, FirstPageSection> = { common, classOverview, unlock, learningLines, shell, filters, report, curriculum };
