import { describe, expect, it } from 'vitest';
import { lrsData } from '../../../mocks/suppliers/lrs/lrs.generator';
import { matching, queryOf } from '../../../mocks/suppliers/lrs/lrs.query';

const data = lrsData();
const { all } = data;

/** since exclusive, until inclusive on `stored`, read from each statement as it is. */
const inWindow = (since: string | null, until: string | null) =>
  all.filter(
    (statement) =>
      !data.voided.has(statement.id) &&
      (since === null || Date.parse(statement.stored) > Date.parse(since)) &&
      (until === null || Date.parse(statement.stored) <= Date.parse(until)),
  );

describe('demo LRS query (mocks/suppliers/lrs/lrs.query.ts)', () => {
  it('since (exclusive) and until (inclusive) on stored, also on a statement’s own time and a millisecond either side', () => {
    const times = [all[0]!, all[1]!, all[Math.floor(all.length / 2)]!, all.at(-2)!, all.at(-1)!].map((statement) => Date.parse(statement.stored));
    const bounds = [null, ...times.flatMap((time) => [time - 1, time, time + 1].map((at) => new Date(at).toISOString())), '2000-01-01T00:00:00Z'];
    for (const since of bounds) {
      for (const until of bounds) {
        const params = new URLSearchParams({ ascending: 'true', ...(since ? { since } : {}), ...(until ? { until } : {}) });
        const query = queryOf(params);
        if (typeof query === 'string') throw new Error(query);
        expect(
          matching(data, query).map((statement) => statement.id),
          `${since} .. ${until}`,
        ).toEqual(inWindow(since, until).map((s) => s.id));
      }
    }
  });

  it('newest first unless ascending', () => {
    const query = queryOf(new URLSearchParams({ since: all[10]!.stored }));
    if (typeof query === 'string') throw new Error(query);
    expect(matching(data, query).map((statement) => statement.id)).toEqual(
      inWindow(all[10]!.stored, null)
        .map((s) => s.id)
        .reverse(),
    );
  });
});
