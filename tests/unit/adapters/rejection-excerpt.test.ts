import { describe, expect, it } from 'vitest';
import { goalId, sourceId } from '@/domain/ids';
import type { Rejection } from '@/domain/model';
import { blokkodoToResult } from '@/adapters/blokkodo/blokkodo.mapper';
import { BLOKKODO_DEFAULT_MAPPING } from '@/adapters/blokkodo/blokkodo.mapping';
import { caliperEventToResult } from '@/adapters/caliper/caliper.mapper';
import { mapLeesvlinderSummary } from '@/adapters/leesvlinder/leesvlinder.mapper';
import { LEESVLINDER_DEFAULT_MAPPING } from '@/adapters/leesvlinder/leesvlinder.mapping';
import { mapSommenspoorSession } from '@/adapters/sommenspoor/sommenspoor.mapper';
import { SOMMENSPOOR_DEFAULT_MAPPING } from '@/adapters/sommenspoor/sommenspoor.mapping';
import { xapiToResult } from '@/adapters/xapi/xapi.mapper';

const now = '2026-07-03T14:00:00.000Z';
const PUPIL = `https://demo.invalid/nep-eckid/201703/${'ef'.repeat(64)}`;
const NAME = 'Emma de Vries';
const EMAIL = 'emma.devries@basisschool.example';
const ACTIVITY = 'https://toetsen.example/xapi/rekenen-getallen-1f';

/** The rejection of a mapped record, or a failure that says what came out instead. */
function rejectionOf(
  outcome: { readonly result: unknown } | { readonly rejection: Rejection } | { readonly skipped: string } | { readonly voids: string },
): Rejection {
  if (!('rejection' in outcome)) throw new Error(`expected a rejection, got ${JSON.stringify(outcome).slice(0, 200)}`);
  return outcome.rejection;
}

/** Keeps an excerpt that names the record, and nothing that names the pupil. */
function expectPrivateExcerpt(rejection: Rejection, recordId: string) {
  expect(rejection.excerpt).toBeDefined();
  expect(JSON.stringify(rejection.excerpt?.fields)).toContain(recordId);
  const stored = JSON.stringify(rejection);
  for (const secret of [NAME, 'Emma', EMAIL, 'basisschool', PUPIL]) expect(stored).not.toContain(secret);
  expect(rejection.excerpt?.removed.length).toBeGreaterThan(0);
}

describe('rejections keep an excerpt without the pupil', () => {
  it('xAPI: a statement with a named actor and an e-mail address', () => {
    const statement = {
      id: '8a69db4c-bb60-41fd-9740-e713dba8de2e',
      actor: { objectType: 'Agent', name: NAME, mbox: `mailto:${EMAIL}`, account: { homePage: 'https://basisschool.example', name: PUPIL } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'nl-NL': 'geslaagd' } },
      object: { objectType: 'Activity', id: ACTIVITY },
      result: { score: { scaled: 0.85, raw: 34, min: 0, max: 40 } },
      timestamp: 'gisteren',
    };
    const context = { source: sourceId('src-lrs'), mapping: { [ACTIVITY]: [goalId('rekenen.getallen.1f')] }, resolveSloIds: () => [], now };
    const rejection = rejectionOf(xapiToResult(statement, context));
    expectPrivateExcerpt(rejection, statement.id);
    expect(rejection.excerpt?.removed).toContain('actor');
    expect(rejection.excerpt?.fields).toEqual(expect.objectContaining({ verb: { id: statement.verb.id, display: { 'nl-NL': 'geslaagd' } } }));
  });

  it('Caliper: an event whose Person carries a name and an e-mail address', () => {
    const event = {
      id: 'urn:uuid:11111111-2222-4333-a444-555555555555',
      type: 'AssessmentItemEvent',
      action: 'Completed',
      actor: { id: PUPIL, type: 'Person', name: NAME, email: EMAIL },
      object: { id: `${ACTIVITY}/vragen/1`, type: 'AssessmentItem' },
      eventTime: 'niet-een-tijd',
    };
    const rejection = rejectionOf(caliperEventToResult(event, { source: sourceId('src-caliper'), mapping: {}, now }));
    expectPrivateExcerpt(rejection, event.id);
  });

  it('Sommenspoor: a session whose student has a name and an e-mail address', () => {
    const session = {
      session_id: 'ss-000123',
      student: { eckid: PUPIL, name: NAME, email: EMAIL },
      domain_code: 'VH-BR-2',
      mode: 'oefenen',
      started_at: 'nooit',
      items: { total: 20, correct: 14 },
    };
    const rejection = rejectionOf(mapSommenspoorSession(session, { source: sourceId('src-som'), mapping: SOMMENSPOOR_DEFAULT_MAPPING, now }));
    expectPrivateExcerpt(rejection, 'ss-000123');
    expect(rejection.excerpt?.fields).toEqual(expect.objectContaining({ domain_code: 'VH-BR-2', items: { total: 20, correct: 14 } }));
  });

  it('Leesvlinder: a summary that names the pupil instead of a pseudonym', () => {
    const summary = {
      id: 'lv-1',
      pupil: EMAIL,
      pupil_name: NAME,
      week: '2025-W37',
      skill: 'BEGRIP',
      level: 'Vlinder',
      percentage: 72,
      exercises: 14,
    };
    const rejection = rejectionOf(mapLeesvlinderSummary(summary, { source: sourceId('leesvlinder'), mapping: LEESVLINDER_DEFAULT_MAPPING, now }));
    expect(rejection.code).toBe('not-a-pseudonym');
    expectPrivateExcerpt(rejection, 'lv-1');
  });

  it('Blokkodo: a completion with the learner by name and e-mail', () => {
    const completion = {
      completion_id: 'bk-88812',
      learner: NAME,
      learner_email: EMAIL,
      puzzle: { id: 'bos-07', concept: 'loops', difficulty: 2 },
      stars: 7,
      attempts: 3,
      completed_at: '2026-03-12T10:15:00+01:00',
    };
    const rejection = rejectionOf(blokkodoToResult(completion, { source: sourceId('src-blokkodo'), mapping: BLOKKODO_DEFAULT_MAPPING, now }));
    expectPrivateExcerpt(rejection, 'bk-88812');
  });
});
