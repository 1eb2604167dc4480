import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { DEMO_PUPILS } from '../../../mocks/demo-school/school';
import { DEMO_TODAY, SCHOOL_YEAR_START } from '../../../mocks/demo-school/calendar';
import { CALIPER_DEMO, WORKBOOK_CHAPTERS, WORKBOOK_GRADER, chapterIri, chapterTestIri } from '../../../mocks/suppliers/caliper/caliper.demo';
import { caliperBrokenIds, caliperEnvelopes, caliperEvents, generateCaliperEnvelopes } from '../../../mocks/suppliers/caliper/caliper.generator';
import { caliperHandlers } from '../../../mocks/suppliers/caliper/caliper.handlers';
import { CALIPER_DEMO_MAPPING, CALIPER_UNMAPPED_TEST } from '../../../mocks/suppliers/caliper/caliper.mapping';

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const events = caliperEvents();
const ofType = (type: string) => events.filter((event) => event['type'] === type);

describe('caliper generator', () => {
  it('is deterministic and memoised', () => {
    expect(caliperEnvelopes()).toBe(caliperEnvelopes());
    expect(generateCaliperEnvelopes()).toEqual(caliperEnvelopes());
  });

  it('makes 1,000-2,500 Caliper 1.2 events in envelopes, in send order, inside the school year', () => {
    expect(events.length).toBeGreaterThanOrEqual(1_000);
    expect(events.length).toBeLessThanOrEqual(2_500);
    const envelopes = caliperEnvelopes();
    expect(envelopes.every((envelope) => envelope.dataVersion === 'http://purl.imsglobal.org/ctx/caliper/v1p2' && envelope.data.length > 0)).toBe(
      true,
    );
    const sent = envelopes.map((envelope) => Date.parse(envelope.sendTime));
    expect(sent.every((time, i) => i === 0 || time >= (sent[i - 1] ?? 0))).toBe(true);
    const times = events.map((event) => Date.parse(String(event['eventTime'])));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse(`${SCHOOL_YEAR_START}T00:00:00Z`));
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.parse(DEMO_TODAY));
    expect(new Set(events.map((event) => event['id'])).size).toBe(events.length);
    expect(events.every((event) => /^urn:uuid:[0-9a-f-]{36}$/.test(String(event['id'])))).toBe(true);
  });

  it('has chapter tests, answered items, progress and a few navigations', () => {
    expect(ofType('GradeEvent').length).toBeGreaterThan(300);
    expect(ofType('AssessmentItemEvent').length).toBe(2 * ofType('GradeEvent').length);
    expect(ofType('ToolUseEvent').length).toBeGreaterThan(200);
    expect(ofType('NavigationEvent').length).toBeGreaterThan(0);
    expect(ofType('NavigationEvent').length).toBeLessThan(20);
  });

  it('GradeEvents come from the grader; the learners are demo pupils', () => {
    const refs = new Set(DEMO_PUPILS.map((pupil) => pupil.ref));
    expect(ofType('GradeEvent').every((event) => obj(event['actor'])['id'] === WORKBOOK_GRADER)).toBe(true);
    const assignees = ofType('GradeEvent')
      .map((event) => obj(obj(event['object'])['assignee'])['id'])
      .filter((id) => id !== undefined);
    expect(assignees.every((id) => refs.has(String(id)))).toBe(true);
    const actors = events.filter((event) => event['type'] !== 'GradeEvent').map((event) => String(obj(event['actor'])['id']));
    expect(actors.every((id) => refs.has(id))).toBe(true);
  });

  it('breaks a couple of GradeEvents: grader-only and a missing assignee', () => {
    const broken = ofType('GradeEvent').filter((event) => caliperBrokenIds().has(String(event['id'])));
    expect(broken.length).toBeGreaterThanOrEqual(2);
    expect(broken.length).toBeLessThanOrEqual(6);
    expect(broken.some((event) => typeof event['object'] === 'string')).toBe(true);
    expect(broken.some((event) => typeof event['object'] === 'object' && !('assignee' in obj(event['object'])))).toBe(true);
  });

  it('scores grow over the year', () => {
    const scaled = (list: readonly Json[]) => list.map((event) => Number(obj(event['generated'])['scoreGiven']) / 20);
    const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const grades = ofType('GradeEvent');
    const half = Date.parse('2026-02-01T00:00:00Z');
    const early = grades.filter((event) => Date.parse(String(event['eventTime'])) < half);
    const late = grades.filter((event) => Date.parse(String(event['eventTime'])) >= half);
    expect(mean(scaled(late))).toBeGreaterThan(mean(scaled(early)) + 0.05);
  });
});

describe('caliper demo mapping', () => {
  it('maps chapter tests and chapters to rekenen/lezen goals, and leaves one chapter out on purpose', () => {
    const goals = Object.values(CALIPER_DEMO_MAPPING).flat();
    expect(
      goals.every((goal) => /^(rekenen\.(getallen|verhoudingen|meten-meetkunde|verbanden)|lezen\.(zakelijk|fictie))\.(1f|2f|1s)$/.test(goal)),
    ).toBe(true);
    expect(Object.keys(CALIPER_DEMO_MAPPING)).toHaveLength(2 * (WORKBOOK_CHAPTERS.length - 1));
    expect(CALIPER_DEMO_MAPPING[CALIPER_UNMAPPED_TEST]).toBeUndefined();
    expect(CALIPER_DEMO_MAPPING[chapterTestIri('lezen-fictie-2f')]).toEqual(['lezen.fictie.2f']);
    expect(CALIPER_DEMO_MAPPING[chapterIri('rekenen-verbanden-1s')]).toEqual(['rekenen.verbanden.1s']);
    const tested = new Set(
      ofType('GradeEvent')
        .map((event) => obj(obj(event['object'])['assignable'])['id'])
        .filter((id) => id !== undefined),
    );
    expect(tested.has(CALIPER_UNMAPPED_TEST)).toBe(true);
  });
});

describe('caliper demo event store', () => {
  const get = (query: string, token: string = CALIPER_DEMO.credentials.token) =>
    fetch(`${CALIPER_DEMO.endpoint}/envelopes${query}`, { headers: { Authorization: `Bearer ${token}` } });

  it('serves every envelope once in pages, then next null', async () => {
    server.use(...caliperHandlers);
    const seen: unknown[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const response = await get(`?limit=250${after === null ? '' : `&after=${after}`}`);
      const body = obj(await response.json());
      seen.push(...(body['envelopes'] as unknown[]));
      after = body['next'] as string | null;
      if (after === null) {
        expect(body['remaining']).toBe(0);
        break;
      }
    }
    expect(seen).toEqual(caliperEnvelopes());
  });

  it('answers 401 without the token and 400 for a bad cursor or limit', async () => {
    server.use(...caliperHandlers);
    expect((await get('', 'fout')).status).toBe(401);
    expect((await get('?after=zomaar')).status).toBe(400);
    expect((await get('?limit=0')).status).toBe(400);
  });
});
