import { AdapterError } from '@/adapters/http/adapter-error';
import type { Page, PullRequest, SourceAdapter } from '@/adapters/port';
import { goalId, pupilRef, resultIdOf, sourceId, type SourceId } from '@/domain/ids';
import type { Rejection, Result } from '@/domain/model';
import type { Source } from '@/domain/source';

export const SOURCE: SourceId = sourceId('fake');
export const REF_A = pupilRef(`https://demo.invalid/nep-eckid/201703/${'a'.repeat(128)}`);
export const REF_B = pupilRef(`https://demo.invalid/nep-eckid/201703/${'b'.repeat(128)}`);

export function result(recordId: string, pupil = REF_A, overrides: Partial<Result> = {}): Result {
  return {
    id: resultIdOf(SOURCE, recordId),
    source: SOURCE,
    recordId,
    pupil,
    code: 'GET-BW-1',
    goals: [goalId('rekenen.getallen.1f')],
    level: null,
    workForm: 'practice',
    time: '2026-03-02T10:00:00.000Z',
    score: { raw: 7, min: 0, max: 10, scaled: 0.7 },
    success: null,
    completion: true,
    durationSeconds: 300,
    attempt: null,
    normBand: null,
    ...overrides,
  };
}

export const rejection = (key: string): Rejection => ({
  id: `${SOURCE}|${key}`,
  source: SOURCE,
  recordId: key,
  code: 'invalid-score',
  detail: 'items.correct: te groot',
  at: '2026-03-02T10:00:00.000Z',
});

export const fakeSource = (overrides: Partial<Source> = {}): Source => ({
  id: SOURCE,
  kind: 'sommenspoor',
  name: 'Nepbron',
  endpoint: 'https://fake.example/api',
  paused: false,
  mapping: {},
  createdAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

/**
 * Three pages: p1 two results; p2 one result, a rejection, an unmapped code and a duplicate of p1;
 * p3 one result. Cursors 'c2', 'c3'; the last page says null. `failOn` makes a page fail once.
 */
export function fakeAdapter(
  options: { failOn?: string | null; onPull?: (request: PullRequest) => void } = {},
): SourceAdapter & { asked: (string | null)[] } {
  const asked: (string | null)[] = [];
  let failOn = options.failOn ?? null;
  const pages: Record<string, Omit<Page, 'progress'>> = {
    start: { results: [result('r1'), result('r2', REF_B)], rejections: [], nextCursor: 'c2' },
    c2: {
      results: [result('r3'), result('r4', REF_B, { code: 'ST-KL-1', goals: [] }), result('r1')],
      rejections: [rejection('bad-1')],
      nextCursor: 'c3',
    },
    c3: { results: [result('r5')], rejections: [], nextCursor: null },
  };
  return {
    kind: 'sommenspoor',
    asked,
    async testConnection() {
      return { ok: true, detail: { code: 'school', params: { school: 'nep' } } };
    },
    async pullPage(request) {
      asked.push(request.cursor);
      options.onPull?.(request);
      if (request.signal.aborted) throw new AdapterError('aborted', 'afgebroken');
      const key = request.cursor ?? 'start';
      if (failOn === key) {
        failOn = null;
        throw new AdapterError('server', 'HTTP 503 /fake', 503, key);
      }
      const page = pages[key];
      if (!page) throw new AdapterError('config', `unknown cursor ${key}`);
      // After the last page the adapter is asked from c3 again: an incremental read with nothing new.
      return { ...page, progress: { fetched: request.fetchedSoFar + page.results.length + page.rejections.length, total: 8 } };
    },
  };
}
