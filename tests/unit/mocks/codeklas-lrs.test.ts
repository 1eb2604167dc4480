import { describe, expect, it } from 'vitest';
import { DEMO_TODAY, SCHOOL_YEAR_START } from '../../../mocks/demo-school/calendar';
import { DEMO_PUPILS, demoGroupOf } from '../../../mocks/demo-school/school';
import { CODEKLAS_LRS_DEMO, CODEKLAS_MASTERY_SCORE } from '../../../mocks/suppliers/lrs/codeklas.demo';
import { codeklasData, generateCodeklasData } from '../../../mocks/suppliers/lrs/codeklas.generator';
import { codeklasUntagged } from '../../../mocks/suppliers/lrs/codeklas.worlds';
import { LRS_DEMO } from '../../../mocks/suppliers/lrs/lrs.demo';
import { lrsData } from '../../../mocks/suppliers/lrs/lrs.generator';
import type { XapiStatementJson } from '../../../mocks/suppliers/lrs/lrs.statements';
import { createXapiAdapter } from '@/adapters/xapi/xapi.adapter';
import { goalsBySloId } from '@/curriculum';
import { sourceId } from '@/domain/ids';

const data = codeklasData();
const { all } = data;
const BASE = CODEKLAS_LRS_DEMO.endpoint;
const verbOf = (statement: XapiStatementJson) =>
  String((statement['verb'] as { id: string }).id)
    .split('/')
    .at(-1) ?? '';
const objectOf = (statement: XapiStatementJson) => String((statement['object'] as { id: string }).id);
const actorOf = (statement: XapiStatementJson) => String((statement['actor'] as { account: { name: string } }).account.name);
const basic = (credentials: { username: string; password: string }) => `Basic ${btoa(`${credentials.username}:${credentials.password}`)}`;
const get = (url: string, auth: string | null = basic(CODEKLAS_LRS_DEMO.credentials)) =>
  fetch(new URL(url, BASE), { headers: { 'X-Experience-API-Version': '1.0.3', ...(auth === null ? {} : { Authorization: auth }) } });

describe('Codeklas LRS generator', () => {
  it('is deterministic across runs and memoised', () => {
    expect(codeklasData()).toBe(data);
    expect(generateCodeklasData()).toEqual(data);
  });

  it('makes 1,000-3,000 statements with unique UUIDs, in the school year before today, sorted by stored', () => {
    expect(all.length).toBeGreaterThanOrEqual(1_000);
    expect(all.length).toBeLessThanOrEqual(3_000);
    expect(new Set(all.map((statement) => statement.id)).size).toBe(all.length);
    expect(all.every((statement) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(statement.id))).toBe(true);
    expect(all.every((statement, i) => i === 0 || statement.stored >= (all[i - 1]?.stored ?? ''))).toBe(true);
    expect(all[0]?.stored.localeCompare(`${SCHOOL_YEAR_START}T00:00:00Z`)).toBe(1);
    expect(all.at(-1)?.stored.localeCompare(DEMO_TODAY)).toBe(-1);
  });

  it('shares no statement, registration or activity with the board LRS', () => {
    const board = lrsData().all;
    const boardIds = new Set(board.map((statement) => statement.id));
    expect(all.filter((statement) => boardIds.has(statement.id))).toEqual([]);
    const registration = (statement: XapiStatementJson) => (statement['context'] as { registration?: string } | undefined)?.registration;
    const boardRegistrations = new Set(board.map(registration));
    expect(all.filter((statement) => boardRegistrations.has(registration(statement)))).toEqual([]);
    const boardActivities = new Set(board.map(objectOf));
    expect(all.filter((statement) => boardActivities.has(objectOf(statement)))).toEqual([]);
  });

  it('is about every pupil of groep 7 and the brugklas, and no one else', () => {
    const players = DEMO_PUPILS.filter((pupil) => ['groep-7', 'brugklas'].includes(demoGroupOf(pupil).yearLevel));
    expect(new Set(all.map(actorOf))).toEqual(new Set(players.map((pupil) => pupil.ref)));
  });

  it('sends completed and scored practice, cmi5 challenges passed exactly at the pass mark, and session noise', () => {
    expect(new Set(all.map(verbOf))).toEqual(new Set(['completed', 'scored', 'launched', 'initialized', 'passed', 'failed', 'terminated']));
    const judged = all.filter((statement) => ['passed', 'failed'].includes(verbOf(statement)));
    expect(judged.length).toBeGreaterThan(100);
    const scaled = (statement: XapiStatementJson) => (statement['result'] as { score: { scaled: number } }).score.scaled;
    expect(judged.every((statement) => (verbOf(statement) === 'passed') === scaled(statement) >= CODEKLAS_MASTERY_SCORE)).toBe(true);
    expect(judged.every((statement) => objectOf(statement).endsWith('/eindbaas'))).toBe(true);
  });
});

describe('Codeklas LRS over HTTP', () => {
  it('requires its own Basic credentials and the xAPI version header', async () => {
    expect((await get('/xapi/statements', null)).status).toBe(401);
    expect((await get('/xapi/statements', basic(LRS_DEMO.credentials))).status).toBe(401);
    expect(
      (
        await fetch(`${LRS_DEMO.endpoint}/statements`, {
          headers: { 'X-Experience-API-Version': '1.0.3', Authorization: basic(CODEKLAS_LRS_DEMO.credentials) },
        })
      ).status,
    ).toBe(401);
    expect((await fetch(`${BASE}/statements`, { headers: { Authorization: basic(CODEKLAS_LRS_DEMO.credentials) } })).status).toBe(400);
    expect((await get('/xapi/statements?limit=1')).status).toBe(200);
  });

  it('pages through relative more links to exactly its own statements, in stored order', async () => {
    const seen: string[] = [];
    let url = '/xapi/statements?ascending=true&limit=250';
    let pages = 0;
    while (url !== '' && pages < 50) {
      const response = await get(url);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { statements: XapiStatementJson[]; more: string };
      seen.push(...body.statements.map((statement) => statement.id));
      if (body.more !== '') expect(body.more).toMatch(/^\/xapi\/statements\/more\/[\w-]+$/);
      url = body.more;
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(all.length / 250));
    expect(seen).toEqual(all.map((statement) => statement.id));
    expect((await get('/xapi/statements/more/niet-geldig')).status).toBe(400);
  });

  it("through Leerzicht's xAPI adapter, its first page has goals from the SLO ids and untagged codes for the wizard to map", async () => {
    const resolveSloIds = (uuids: readonly string[]) => uuids.flatMap((uuid) => goalsBySloId(uuid).map((goal) => goal.id));
    const adapter = createXapiAdapter({ resolveSloIds, now: () => new Date(DEMO_TODAY) });
    const config = { source: sourceId('codeklas'), endpoint: BASE, credentials: CODEKLAS_LRS_DEMO.credentials, mapping: {} };
    const page = await adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: new AbortController().signal });
    expect(page.rejections).toEqual([]);
    expect(page.nextCursor).not.toBeNull();
    const unmapped = page.results.filter((result) => result.goals.length === 0);
    expect(unmapped.length).toBeGreaterThan(10);
    expect(unmapped.every((result) => codeklasUntagged(result.code))).toBe(true);
    expect(unmapped.some((result) => result.code.includes('/werelden/variabelen/'))).toBe(true);
    const goals = new Set(page.results.flatMap((result) => result.goals));
    expect(goals.size).toBeGreaterThan(0);
    expect([...goals].every((goal) => /^programmeren\.\w+\.bb$/.test(goal))).toBe(true);
    expect(goals).toContain('programmeren.herhaling.bb');
  });
});
