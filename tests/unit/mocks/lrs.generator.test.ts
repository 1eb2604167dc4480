import { describe, expect, it } from 'vitest';
import { resolveSloIds } from '@/adapters/registry';
import { xapiToResult } from '@/adapters/xapi/xapi.mapper';
import { sourceId } from '@/domain/ids';
import { DEMO_PUPILS } from '../../../mocks/demo-school/school';
import { DEMO_TODAY, SCHOOL_YEAR_START, yearFraction } from '../../../mocks/demo-school/calendar';
import { DEMO_HOME_PAGE, KOMPAS_MASTERY_SCORE } from '../../../mocks/suppliers/lrs/lrs.demo';
import { generateLrsData, lrsData } from '../../../mocks/suppliers/lrs/lrs.generator';
import { KOMPAS_UNMAPPED_ACTIVITY, LRS_DEMO_MAPPING, SLO_ARITHMETIC_DOMAINS } from '../../../mocks/suppliers/lrs/lrs.mapping';
import type { XapiStatementJson } from '../../../mocks/suppliers/lrs/lrs.statements';

const data = lrsData();
const { all } = data;
const verbOf = (statement: XapiStatementJson) =>
  String((statement['verb'] as { id: string }).id)
    .split('/')
    .at(-1) ?? '';
const objectOf = (statement: XapiStatementJson) => String((statement['object'] as { id: string }).id);
const actorOf = (statement: XapiStatementJson) => statement['actor'] as { account?: { homePage: string; name: string } };
const scaledOf = (statement: XapiStatementJson) => {
  const score = (statement['result'] as { score: { raw: number; max: number } }).score;
  return score.raw / score.max;
};
const scored = all.filter((statement) => ['passed', 'failed'].includes(verbOf(statement)));
const registrationOf = (statement: XapiStatementJson) => (statement['context'] as { registration: string }).registration;

describe('lrs generator', () => {
  it('is deterministic and memoised', () => {
    expect(lrsData()).toBe(data);
    expect(generateLrsData()).toEqual(data);
  });

  it('makes 1,500-3,000 statements with unique UUIDs, in the school year, sorted by stored', () => {
    expect(all.length).toBeGreaterThanOrEqual(1_500);
    expect(all.length).toBeLessThanOrEqual(3_000);
    expect(new Set(all.map((statement) => statement.id)).size).toBe(all.length);
    expect(all.every((statement) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(statement.id))).toBe(true);
    expect(all.every((statement, i) => i === 0 || statement.stored >= (all[i - 1]?.stored ?? ''))).toBe(true);
    expect(all[0]?.stored.localeCompare(`${SCHOOL_YEAR_START}T00:00:00Z`)).toBe(1);
    expect(all.at(-1)?.stored.localeCompare(DEMO_TODAY)).toBe(-1);
  });

  it('identifies pupils by account under the demo home page, except two e-mail-only actors', () => {
    const refs = new Set(DEMO_PUPILS.map((pupil) => pupil.ref));
    const pupils = all.filter((statement) => actorOf(statement).account?.homePage === DEMO_HOME_PAGE);
    expect(new Set(pupils.map((statement) => actorOf(statement).account?.name))).toEqual(refs);
    expect(data.mbox.size).toBe(2);
    expect(all.filter((statement) => data.mbox.has(statement.id)).every((statement) => actorOf(statement).account === undefined)).toBe(true);
  });

  it('has launched/initialized/terminated noise, two voided results and their voiding statements', () => {
    const verbs = new Set(all.map(verbOf));
    expect(verbs).toEqual(new Set(['launched', 'initialized', 'passed', 'failed', 'terminated', 'voided']));
    const voiding = all.filter((statement) => verbOf(statement) === 'voided');
    expect(new Set(voiding.map((statement) => (statement['object'] as { id: string }).id))).toEqual(data.voided);
    expect(data.voided.size).toBe(2);
    for (const statement of voiding) {
      const target = all.find((candidate) => candidate.id === (statement['object'] as { id: string }).id);
      expect(target && ['passed', 'failed'].includes(verbOf(target))).toBe(true);
      expect(statement.stored > (target?.stored ?? '')).toBe(true);
    }
  });

  it('passes exactly the tests that reach the mastery score; a failed test is sometimes retaken and then passed', () => {
    expect(scored.every((statement) => (verbOf(statement) === 'passed') === scaledOf(statement) >= KOMPAS_MASTERY_SCORE)).toBe(true);
    const share = scored.filter((statement) => verbOf(statement) === 'passed').length / scored.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.8);
    const sessions = new Map<string, string[]>();
    for (const statement of scored) sessions.set(registrationOf(statement), [...(sessions.get(registrationOf(statement)) ?? []), verbOf(statement)]);
    expect([...sessions.values()].filter((verbs) => verbs.join() === 'failed,passed').length).toBeGreaterThan(10);
  });

  it('uses mapped activities, mixed tests known by SLO ids only, and one unmapped activity', () => {
    const activities = new Set(scored.filter((statement) => !data.mbox.has(statement.id)).map(objectOf));
    const unmapped = [...activities].filter((id) => !(id in LRS_DEMO_MAPPING));
    expect(unmapped.filter((id) => id !== KOMPAS_UNMAPPED_ACTIVITY).every((id) => id.includes('rekenen-gemengd'))).toBe(true);
    expect(unmapped).toContain(KOMPAS_UNMAPPED_ACTIVITY);
    const mixed = scored.filter((statement) => objectOf(statement).includes('rekenen-gemengd'));
    expect(mixed.length).toBeGreaterThan(50);
    const text = JSON.stringify(mixed[0]);
    for (const uuid of Object.values(SLO_ARITHMETIC_DOMAINS)) expect(text).toContain(`https://opendata.slo.nl/curriculum/uuid/${uuid}`);
    expect(Object.values(LRS_DEMO_MAPPING).flat()).toContain('lezen.fictie.1s');
  });

  it('a mixed test lands on the four arithmetic strands at its own level only (named by its SLO niveau id)', () => {
    const context = { source: sourceId('lrs'), mapping: LRS_DEMO_MAPPING, resolveSloIds, now: '2026-07-03T14:00:00.000Z' };
    const mixed = scored.filter((statement) => objectOf(statement).includes('rekenen-gemengd'));
    const levels = new Set<string>();
    for (const statement of mixed) {
      const outcome = xapiToResult(statement, context);
      if (!('result' in outcome)) throw new Error(JSON.stringify(outcome));
      const level = /rekenen-gemengd-(1f|2f|1s)$/.exec(objectOf(statement))?.[1] ?? '';
      levels.add(level);
      expect([...outcome.result.goals].sort()).toEqual(
        ['getallen', 'meten-meetkunde', 'verbanden', 'verhoudingen'].map((strand) => `rekenen.${strand}.${level}`),
      );
    }
    expect(levels.size).toBeGreaterThan(1);
  });

  it("a 'fast' pupil scores better late in the year than early", () => {
    for (const pupil of DEMO_PUPILS.filter((candidate) => candidate.profile === 'fast')) {
      const mine = scored.filter((statement) => actorOf(statement).account?.name === pupil.ref);
      const mean = (list: XapiStatementJson[]) => list.reduce((sum, statement) => sum + scaledOf(statement), 0) / list.length;
      const early = mine.filter((statement) => yearFraction(new Date(statement.stored)) < 0.35);
      const late = mine.filter((statement) => yearFraction(new Date(statement.stored)) > 0.65);
      expect(mean(late)).toBeGreaterThan(mean(early));
    }
  });
});
