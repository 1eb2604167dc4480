import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { goalId, sourceId } from '@/domain/ids';
import { mapSommenspoorSession, mapSommenspoorSessions, type SommenspoorMapContext } from '@/adapters/sommenspoor/sommenspoor.mapper';
import { SOMMENSPOOR_DEFAULT_MAPPING } from '@/adapters/sommenspoor/sommenspoor.mapping';

const ECKID = `https://demo.invalid/nep-eckid/201703/${'ab'.repeat(64)}`;
const ctx: SommenspoorMapContext = { source: sourceId('src-som'), mapping: SOMMENSPOOR_DEFAULT_MAPPING, now: '2026-07-03T14:00:00.000Z' };

const session = (overrides: Record<string, unknown> = {}) => ({
  session_id: 'ss-000123',
  student: { eckid: ECKID },
  domain_code: 'VH-BR-2',
  mode: 'oefenen',
  started_at: '2025-09-03T09:12:00Z',
  duration_sec: 540,
  items: { total: 20, correct: 14 },
  ability: { rating: 412, band: 'III' },
  ...overrides,
});

function resultOf(raw: unknown) {
  const mapped = mapSommenspoorSession(raw, ctx);
  if (!('result' in mapped)) throw new Error(`expected a result, got ${mapped.rejection.code}: ${mapped.rejection.detail}`);
  return mapped.result;
}

function rejectionOf(raw: unknown) {
  const mapped = mapSommenspoorSession(raw, ctx);
  if (!('rejection' in mapped)) throw new Error('expected a rejection');
  return mapped.rejection;
}

describe('mapSommenspoorSession: good records', () => {
  it('maps a practice session field by field, keeping only canonical fields', () => {
    expect(resultOf(session())).toEqual({
      id: 'src-som|ss-000123',
      source: 'src-som',
      recordId: 'ss-000123',
      pupil: ECKID,
      code: 'VH-BR-2',
      goals: [goalId('rekenen.verhoudingen.2f')],
      level: 'niveau 2',
      workForm: 'practice',
      time: '2025-09-03T09:12:00.000Z',
      score: { raw: 14, min: 0, max: 20, scaled: 0.7 },
      success: null,
      completion: true,
      durationSeconds: 540,
      attempt: null,
      normBand: { label: 'III', colour: '#f2c418' },
    });
  });

  it('maps a test: work form test, success from 70% correct', () => {
    const passed = resultOf(session({ mode: 'toets', items: { total: 25, correct: 18 } }));
    expect(passed.workForm).toBe('test');
    expect(passed.success).toBe(true);
    expect(resultOf(session({ mode: 'toets', items: { total: 25, correct: 17 } })).success).toBe(false);
  });

  it('normalises an offset time to UTC and maps levels 1 and 3 to 1F and 1S', () => {
    const result = resultOf(session({ started_at: '2025-09-03T11:12:00+02:00', domain_code: 'GET-PW-3' }));
    expect(result.time).toBe('2025-09-03T09:12:00.000Z');
    expect(result.goals).toEqual(['rekenen.getallen.1s']);
    expect(result.level).toBe('niveau 3');
    expect(resultOf(session({ domain_code: 'MM-LE-1' })).goals).toEqual(['rekenen.meten-meetkunde.1f']);
  });

  it('colours every band, I dark green to V red', () => {
    const colours = ['I', 'II', 'III', 'IV', 'V'].map((band) => resultOf(session({ ability: { rating: 400, band } })).normBand?.colour);
    expect(colours).toEqual(['#1a7f37', '#7cc26b', '#f2c418', '#f08a24', '#d1242f']);
  });

  it('keeps a session without ability or duration, with null norm band and duration', () => {
    const result = resultOf(session({ ability: null, duration_sec: undefined }));
    expect(result.normBand).toBeNull();
    expect(result.durationSeconds).toBeNull();
  });

  it('keeps an unmapped code with goals [] (reported later, never dropped)', () => {
    const result = resultOf(session({ domain_code: 'ST-KL-1' }));
    expect(result.code).toBe('ST-KL-1');
    expect(result.goals).toEqual([]);
  });

  it('the default mapping covers 7 areas x 3 levels onto the 12 rekenen goals, and not ST-KL-1', () => {
    expect(Object.keys(SOMMENSPOOR_DEFAULT_MAPPING)).toHaveLength(21);
    expect(new Set(Object.values(SOMMENSPOOR_DEFAULT_MAPPING).flat()).size).toBe(12);
    expect(SOMMENSPOOR_DEFAULT_MAPPING['ST-KL-1']).toBeUndefined();
  });
});

describe('mapSommenspoorSession: broken records', () => {
  it.each([
    ['missing pupil', session({ student: {} }), 'missing-pupil', 'student.eckid'],
    ['empty pupil', session({ student: { eckid: '' } }), 'missing-pupil', 'student.eckid'],
    ['e-mail instead of pseudonym', session({ student: { eckid: 'leerling7@vlierboom.example' } }), 'not-a-pseudonym', 'student.eckid'],
    ['Dutch date', session({ started_at: '03-09-2025 09:12' }), 'invalid-time', 'started_at'],
    ['impossible date', session({ started_at: '2025-02-31T09:12:00Z' }), 'invalid-time', 'started_at'],
    ['more correct than items', session({ items: { total: 20, correct: 23 } }), 'invalid-score', 'items.correct'],
    ['zero items', session({ items: { total: 0, correct: 0 } }), 'invalid-score', 'items.total'],
    ['unknown mode', session({ mode: 'spel' }), 'invalid-record', 'mode'],
    ['unknown band', session({ ability: { rating: 1, band: 'VI' } }), 'invalid-record', 'ability.band'],
  ])('%s -> %s naming %s', (_name, raw, code, field) => {
    const rejection = rejectionOf(raw);
    expect(rejection.code).toBe(code);
    expect(rejection.detail).toContain(field);
    expect(rejection.recordId).toBe('ss-000123');
    expect(rejection.id).toBe('src-som|ss-000123');
    expect(rejection.at).toBe(ctx.now);
  });

  it('never echoes the offending value (it may be personal data)', () => {
    expect(rejectionOf(session({ student: { eckid: 'jan.jansen@school.example' } })).detail).not.toContain('jansen');
  });

  it('gives a record without id a stable rejection id', () => {
    const raw = { student: { eckid: ECKID } };
    const first = rejectionOf(raw);
    expect(first.recordId).toBeNull();
    expect(first.code).toBe('invalid-record');
    expect(first.id).toBe(rejectionOf({ student: { eckid: ECKID } }).id);
    expect(first.id).not.toBe(rejectionOf({ other: 1 }).id);
  });

  it('splits a page into results and rejections in order', () => {
    const page = mapSommenspoorSessions([session(), null, session({ session_id: 'ss-2', domain_code: 'ST-KL-1' })], ctx);
    expect(page.results.map((result) => result.recordId)).toEqual(['ss-000123', 'ss-2']);
    expect(page.rejections.map((rejection) => rejection.code)).toEqual(['invalid-record']);
  });
});

describe('mapSommenspoorSession: hostile input', () => {
  const isMapped = (raw: unknown) => {
    const mapped = mapSommenspoorSession(raw, ctx);
    return 'result' in mapped !== 'rejection' in mapped;
  };

  it('any value gives a result or a rejection, never an exception', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => isMapped(value)),
      { numRuns: 500 },
    );
  });

  it('any JSON text, parsed, gives a result or a rejection', () => {
    fc.assert(
      fc.property(fc.json(), (text) => isMapped(JSON.parse(text))),
      { numRuns: 500 },
    );
  });

  it('a valid session with any one field replaced by any value still maps without throwing', () => {
    const keys = Object.keys(session());
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => isMapped(session({ [key]: value }))),
      { numRuns: 500 },
    );
  });
});
