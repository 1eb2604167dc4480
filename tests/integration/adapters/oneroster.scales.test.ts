/**
 * OneRoster 1.2 score scales over REST, through the MSW demo gradebook (mocks/suppliers/oneroster):
 * GET .../scoreScales read with the same client, paging and OAuth2 token as lineItems and results;
 * line items and results that point at a scale; per-objective scores synced into the store.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { ONEROSTER_ACCESS_TOKEN, ONEROSTER_BASE, ONEROSTER_DEMO } from '../../../mocks/suppliers/oneroster/oneroster.demo';
import { oneRosterGradebook } from '../../../mocks/suppliers/oneroster/oneroster.generator';
import { oneRosterHandlers } from '../../../mocks/suppliers/oneroster/oneroster.handlers';
import { ONEROSTER_DEMO_MAPPING } from '../../../mocks/suppliers/oneroster/oneroster.mapping';
import { ONEROSTER_DEMO_SCALES } from '../../../mocks/suppliers/oneroster/oneroster.scales';
import { createOneRosterAdapter } from '@/adapters/oneroster/oneroster.adapter';
import type { SourceConfig } from '@/adapters/port';
import { goalId, sourceId } from '@/domain/ids';
import type { Source } from '@/domain/source';
import { syncSource } from '@/ingest/sync-source';
import { LeerzichtDb } from '@/store/db';
import { saveSource } from '@/store/sources.repo';

const SCALES = `${ONEROSTER_BASE}/scoreScales`;
const PUPIL = String((oneRosterGradebook().results[0]?.['student'] as { sourcedId: string }).sourcedId);
const mapping = { ...ONEROSTER_DEMO_MAPPING, 'li-werkstuk': [goalId('lezen.zakelijk.1f')] };
const config: SourceConfig = { source: sourceId('oneroster'), endpoint: ONEROSTER_DEMO.endpoint, credentials: ONEROSTER_DEMO.credentials, mapping };
const make = () =>
  createOneRosterAdapter({ fetchOptions: { sleep: vi.fn(async () => {}), timeoutMs: 5_000 }, now: () => new Date('2026-07-03T14:00:00Z') });
const signal = () => new AbortController().signal;

/** A project line item judged on the demo's o/v/g scale only (no resultValueMin/Max), and one on a scale the server lacks. */
const WERKSTUK = {
  sourcedId: 'li-werkstuk',
  status: 'active',
  scoreScale: { sourcedId: 'ss-beoordeling-ovg' },
  learningObjectiveSet: [{ source: 'Toetsplein', learningObjectiveIds: ['RR-GETALLEN-1F'] }],
};
const ZONDER = { sourcedId: 'li-zonder', status: 'active', scoreScale: { sourcedId: 'ss-bestaat-niet' } };
const result = (sourcedId: string, over: Record<string, unknown>) => ({
  sourcedId,
  status: 'active',
  dateLastModified: '2026-03-05T10:00:00Z',
  lineItem: { sourcedId: 'li-werkstuk' },
  student: { sourcedId: PUPIL },
  scoreStatus: 'fully graded',
  scoreDate: '2026-03-04',
  ...over,
});

let scaleRequests: string[] = [];
const count = ({ request }: { request: Request }) => {
  if (request.url.startsWith(SCALES))
    scaleRequests.push(`${new URL(request.url).searchParams.get('offset')} ${request.headers.get('Authorization')}`);
};
/** The demo gradebook with the werkstuk line items added (paged by limit/offset) and `results` as its only results. */
function serve(results: readonly unknown[]) {
  const lineItems = [...oneRosterGradebook().lineItems, WERKSTUK, ZONDER];
  server.use(
    http.get(`${ONEROSTER_BASE}/lineItems`, ({ request }) => {
      const url = new URL(request.url);
      const offset = Number(url.searchParams.get('offset'));
      return HttpResponse.json(
        { lineItems: lineItems.slice(offset, offset + Number(url.searchParams.get('limit'))) },
        { headers: { 'X-Total-Count': String(lineItems.length) } },
      );
    }),
    http.get(`${ONEROSTER_BASE}/results`, () => HttpResponse.json({ results })),
  );
}
beforeEach(() => {
  scaleRequests = [];
  server.use(...oneRosterHandlers);
  server.events.on('request:start', count);
});
afterEach(() => {
  server.events.removeListener('request:start', count);
});

describe('oneroster adapter: score scales over REST', () => {
  it('reads scoreScales with the same client, paging and bearer token; textScores are scaled through the line item’s scale, a result’s own scale wins', async () => {
    serve([
      result('r-tekst', { textScore: 'voldoende' }),
      result('r-cijfer', { scoreScale: { sourcedId: 'ss-cijfer-1-10' }, score: 7 }),
      result('r-getal', { score: 3 }),
    ]);
    const page = await make().pullPage({ config: { ...config, options: { pageSize: 1 } }, cursor: null, fetchedSoFar: 0, signal: signal() });
    expect(scaleRequests).toEqual(ONEROSTER_DEMO_SCALES.map((_, at) => `${at} Bearer ${ONEROSTER_ACCESS_TOKEN}`));
    expect(page.rejections.map((rejection) => rejection.recordId)).toEqual(['li-zonder']);
    expect(page.results.map((item) => [item.recordId, item.goals, item.score])).toEqual([
      ['r-tekst', ['lezen.zakelijk.1f', 'rekenen.getallen.1f'], { raw: 2, min: 1, max: 3, scaled: 0.5 }],
      ['r-cijfer', ['lezen.zakelijk.1f', 'rekenen.getallen.1f'], { raw: 7, min: 1, max: 10, scaled: 6 / 9 }],
      ['r-getal', ['lezen.zakelijk.1f', 'rekenen.getallen.1f'], { raw: 3, min: 1, max: 3, scaled: 1 }],
    ]);
  });

  it('a text not on the scale is rejected naming the text and the scale; a line item on a scale the server lacks is rejected with its results', async () => {
    serve([result('r-fout', { textScore: 'uitstekend' }), result('r-zonder', { lineItem: { sourcedId: 'li-zonder' }, textScore: 'goed' })]);
    const page = await make().pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() });
    expect(page.results).toEqual([]);
    expect(page.rejections.map((rejection) => [rejection.recordId, rejection.code, rejection.detail])).toEqual([
      ['li-zonder', 'invalid-record', 'lineItem: geen resultValueMin/Max, en scoreScale ss-bestaat-niet ontbreekt of is afgekeurd'],
      [
        'r-fout',
        'invalid-score',
        'textScore "uitstekend" staat niet op scoreScale "Beoordeling onvoldoende/voldoende/goed" (ss-beoordeling-ovg): kies een van "onvoldoende", "voldoende", "goed" of voeg de tekst toe aan de schaal',
      ],
      ['r-zonder', 'invalid-record', 'lineItem li-zonder ontbreekt of is afgekeurd'],
    ]);
  });

  it('a 401 on scoreScales: a new token and the page again; a server without scoreScales (404) reads line items and results as before', async () => {
    let refused = false;
    server.use(http.get(SCALES, () => (refused ? undefined : ((refused = true), HttpResponse.json({}, { status: 401 })))));
    serve([result('r-tekst', { textScore: 'goed' })]);
    const page = await make().pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() });
    expect([scaleRequests.length, page.results.map((item) => item.score?.scaled)]).toEqual([2, [1]]);

    server.use(http.get(SCALES, () => HttpResponse.json({ imsx_codeMajor: 'failure' }, { status: 404 })));
    server.use(http.get(`${ONEROSTER_BASE}/results`, () => HttpResponse.json({ results: oneRosterGradebook().results.slice(0, 5) })));
    const plain = await make().pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() });
    expect(plain.results.length + plain.rejections.filter((rejection) => rejection.recordId?.startsWith('res-')).length).toBeGreaterThan(0);
    expect(plain.rejections.filter((rejection) => rejection.recordId === 'li-werkstuk').map((rejection) => rejection.detail)).toEqual([
      'lineItem: geen resultValueMin/Max, en scoreScale ss-beoordeling-ovg ontbreekt of is afgekeurd',
    ]);
  });
});

describe('oneroster adapter: per-objective scores synced into the store', () => {
  const source: Source = {
    id: sourceId('oneroster'),
    kind: 'oneroster',
    name: 'Toetsplein',
    endpoint: ONEROSTER_DEMO.endpoint,
    paused: false,
    mapping,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  const objectives = (...items: Record<string, unknown>[]) => ({ learningObjectiveSet: [{ source: 'Toetsplein', learningObjectiveResults: items }] });

  it('an objective with its own textScore gets its own stored result; when all goals have one, the result itself is removed; a re-sync adds nothing', async () => {
    const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
    await saveSource(db, source);
    const sync = () => syncSource({ db, adapter: make(), source, credentials: ONEROSTER_DEMO.credentials, signal: signal() });
    const stored = async () =>
      (await db.results.toArray()).map((item) => [item.id, item.goals, item.score?.raw]).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));

    serve([result('r-1', { textScore: 'voldoende' })]);
    await sync();
    expect(await stored()).toEqual([['oneroster|r-1', ['lezen.zakelijk.1f', 'rekenen.getallen.1f'], 2]]);

    serve([result('r-1', { textScore: 'voldoende', ...objectives({ learningObjectiveId: 'RR-GETALLEN-1F', textScore: 'goed' }) })]);
    await sync();
    expect(await stored()).toEqual([
      ['oneroster|r-1', ['lezen.zakelijk.1f'], 2],
      ['oneroster|r-1|lo:RR-GETALLEN-1F', ['rekenen.getallen.1f'], 3],
    ]);

    serve([
      result('r-1', {
        textScore: 'voldoende',
        ...objectives({ learningObjectiveId: 'RR-GETALLEN-1F', textScore: 'goed' }, { learningObjectiveId: 'li-werkstuk', textScore: 'onvoldoende' }),
      }),
    ]);
    const third = await sync();
    expect(await stored()).toEqual([
      ['oneroster|r-1|lo:RR-GETALLEN-1F', ['rekenen.getallen.1f'], 3],
      ['oneroster|r-1|lo:li-werkstuk', ['lezen.zakelijk.1f'], 1],
    ]);
    expect(third.voided).toBe(1);
    const again = await sync();
    expect([again.added, again.voided, (await stored()).length]).toEqual([0, 0, 2]);
  });
});
