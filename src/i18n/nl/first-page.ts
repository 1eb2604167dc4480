import { common } from './common';
import { classOverview } from './class-overview';
import { unlock } from './unlock';
import { learningLines } from './learning-lines';
import { shell } from './shell';
import { filters } from './filters';
import { report } from './report';
import { curriculum } from './curriculum';

/**
 * The Dutch messages the first page uses (the class overview, the header and menu, unlocking):
 * in the first page's code. The other pages' messages (./pages.ts) load with the first other page
 * that opens (app/i18n.ts `pageMessagesOf`, decision 035); tests/unit/app/first-page-imports.test.ts
 * checks that the first page's code uses no key outside these sections.
 */
export const nlFirstPage = { common, classOverview, unlock, learningLines, shell, filters, report, curriculum } as const;
