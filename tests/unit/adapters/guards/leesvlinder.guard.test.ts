import { describe, it } from 'vitest';
import { isLeesvlinderSummary, leesvlinderPage, leesvlinderVerdict } from '@/adapters/leesvlinder/leesvlinder.guard';
import { LeesvlinderPage, LeesvlinderSummary } from '@/adapters/leesvlinder/leesvlinder.schema';
import { leesvlinderData } from '../../../../mocks/suppliers/leesvlinder/leesvlinder.generator';
import { expectNeverLooser, expectSameOutput, expectSameVerdict, expectValidPass, nearAndFar } from './guard-check';

const { items, broken } = leesvlinderData();
/** Demo summaries with a break in them, valid ones, and one without minutes and with an extra field. */
const samples: unknown[] = [
  ...items.filter((item) => broken.has(item.id)).slice(0, 6),
  ...items.slice(0, 16),
  { ...items[0], minutes: undefined, extra: true },
];

describe('the Leesvlinder guards pass only what their schema accepts', () => {
  it('a weekly summary: never looser than LeesvlinderSummary', () => {
    expectNeverLooser(isLeesvlinderSummary, LeesvlinderSummary, samples, ['2026-W01', '2026-W53', '2026-W5', '26-W01', 'BEGRIP']);
  });

  it("a weekly summary the guard refuses: leesvlinderVerdict gives zod's verdict, its first issue word for word", () => {
    expectSameVerdict(leesvlinderVerdict, LeesvlinderSummary, samples, ['2026-W01', '2026-W5', '26-W01', 'BEGRIP']);
  });

  it('every demo summary the schema accepts passes the guard', () => {
    expectValidPass(isLeesvlinderSummary, LeesvlinderSummary, items);
  });

  it('the weekly-summaries envelope: the same output as LeesvlinderPage, or zod reads it', () => {
    const fast = (value: unknown) => {
      const parsed = leesvlinderPage.safeParse(value);
      return parsed.success ? parsed.data : undefined;
    };
    const pages = [
      { page: 1, per_page: 250, total_pages: 3, total_items: 600, items: items.slice(0, 2) },
      { page: 2, per_page: 1, total_pages: 0, items: [], extra: 1 },
    ];
    expectSameOutput(fast, LeesvlinderPage, nearAndFar(pages));
  });
});
