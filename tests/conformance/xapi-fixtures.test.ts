/**
 * Every xAPI 1.0.3 spec example and every cmi5 scenario statement, read from ../shared
 * (never copied into the project), imports as a result, a skip or a void, or is rejected
 * with a reason. Without that folder the suite is skipped and says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceId } from '@/domain/ids';
import { cmi5SessionOutcome } from '@/adapters/xapi/xapi.cmi5';
import { resolveNoSloIds } from '@/adapters/xapi/xapi.context';
import { readStatementsFile } from '@/adapters/xapi/xapi.file';
import { xapiToResult, type XapiMapContext, type XapiMapOutcome } from '@/adapters/xapi/xapi.mapper';
import { fixturesPresent } from '../support/fixtures-present';

const XAPI = path.resolve(__dirname, '../../../shared/fixtures/xapi');
const SPEC = path.join(XAPI, 'spec');
const SCENARIOS = path.join(XAPI, 'cmi5', 'scenarios');
const present = fixturesPresent(existsSync(SPEC) && existsSync(SCENARIOS), 'xapi-fixtures.test.ts');
if (!present) console.warn(`conformance/xapi-fixtures: SKIPPED, ${XAPI} is absent`);

const context: XapiMapContext = { source: sourceId('lrs'), mapping: {}, resolveSloIds: resolveNoSloIds, now: '2026-07-03T14:00:00.000Z' };
const LEARNER = 'http://example.org/Learner';
const kindOf = (outcome: XapiMapOutcome) =>
  'result' in outcome
    ? 'result'
    : 'rejection' in outcome
      ? `rejected:${outcome.rejection.code}`
      : 'voids' in outcome
        ? `voids:${outcome.voids}`
        : `skipped:${outcome.skipped}`;

function statementsOf(file: string): unknown[] {
  const read = readStatementsFile(readFileSync(file, 'utf8'));
  if (!read.ok) throw new Error(`${file}: ${read.detail}`);
  return [...read.statements];
}

describe.skipIf(!present)('xAPI 1.0.3 spec examples', () => {
  const files = present
    ? readdirSync(SPEC)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];
  const expected: Record<string, string> = {
    'xAPI-Data-1.0.3_L1144_example.json': 'rejected:not-a-pseudonym',
    'xAPI-Data-1.0.3_L1190_example.json': 'rejected:not-a-pseudonym',
    'xAPI-Data-1.0.3_L2121_appendix-a-example-statements.json': 'rejected:not-a-pseudonym',
    'xAPI-Data-1.0.3_L2152_appendix-a-example-statements.json': 'rejected:not-a-pseudonym',
    'xAPI-Data-1.0.3_L2190_appendix-a-example-statements.json': 'rejected:not-a-pseudonym',
    'xAPI-Data-1.0.3_L2388_object-is-statement.json': 'rejected:not-a-pseudonym',
    'xAPI-Data-1.0.3_L2711_appendix-d-example-signed-statement.json': 'rejected:not-a-pseudonym',
    'xAPI-Data-1.0.3_L2826_appendix-d-example-signed-statement.json': 'rejected:not-a-pseudonym',
    'xAPI-Data-1.0.3_L285_example.json': 'voids:lrs|e05aa883-acaf-40ad-bf54-02c8ce485fb0',
    'xAPI-Data-1.0.3_L358_example.json': 'rejected:not-a-pseudonym',
  };

  it('are the ten examples we know', () => {
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it.each(files)('%s imports or is rejected with a reason', (name) => {
    const statements = statementsOf(path.join(SPEC, name));
    expect(statements).toHaveLength(1);
    const outcome = xapiToResult(statements[0], context);
    expect(kindOf(outcome)).toBe(expected[name]);
    if ('rejection' in outcome) {
      // An e-mail actor is refused by naming the kind of identifier, never the address.
      expect(outcome.rejection.detail).toMatch(/mbox|openid/);
      expect(outcome.rejection.detail).not.toContain('@');
      expect(outcome.rejection.source).toBe('lrs');
    }
  });

  it('the scored example (simple CBT) is refused for its e-mail actor, keeping its statement id', () => {
    const outcome = xapiToResult(statementsOf(path.join(SPEC, 'xAPI-Data-1.0.3_L2152_appendix-a-example-statements.json'))[0], context);
    expect('rejection' in outcome && outcome.rejection).toMatchObject({
      id: 'lrs|7ccd3322-e1a5-411a-a67d-6a735c76f119',
      recordId: '7ccd3322-e1a5-411a-a67d-6a735c76f119',
      code: 'not-a-pseudonym',
    });
  });
});

interface ScenarioFiles {
  readonly name: string;
  readonly statementFiles: readonly string[];
}
const scenarios: ScenarioFiles[] = present
  ? readdirSync(SCENARIOS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => ({
        name: entry.name,
        statementFiles: readdirSync(path.join(SCENARIOS, entry.name))
          .filter((file) => file.endsWith('_statement.json'))
          .sort()
          .map((file) => path.join(SCENARIOS, entry.name, file)),
      }))
      .sort((a, b) => a.name.localeCompare(b.name))
  : [];

/** A scenario's readable statements in order, and the files that could not be read. */
function load(scenario: ScenarioFiles, override: Readonly<Record<string, string>> = {}) {
  const statements: unknown[] = [];
  const unreadable: string[] = [];
  for (const file of scenario.statementFiles) {
    const read = readStatementsFile(override[file] ?? readFileSync(file, 'utf8'));
    if (read.ok) statements.push(...read.statements);
    else unreadable.push(path.basename(file));
  }
  return { statements, unreadable };
}

describe.skipIf(!present)('cmi5 scenarios', () => {
  it('there are eleven scenarios, each with statements', () => {
    expect(scenarios).toHaveLength(11);
    expect(scenarios.every((scenario) => scenario.statementFiles.length >= 3)).toBe(true);
  });

  it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))(
    '%s: every statement is a result, a skip or a rejection with a reason',
    (_name, scenario) => {
      const { statements, unreadable } = load(scenario);
      // A deliberately broken file (the copy in shared/ has none today; see the last test) must
      // really be broken JSON, and the scenario's other statements import all the same.
      for (const name of unreadable) expect(() => JSON.parse(readFileSync(path.join(SCENARIOS, scenario.name, name), 'utf8'))).toThrow();
      expect(statements.length + unreadable.length).toBe(scenario.statementFiles.length);
      for (const statement of statements) {
        const outcome = xapiToResult(statement, context);
        const verb = String((statement as { verb: { id: string } }).verb.id)
          .split('/')
          .at(-1);
        if (['passed', 'failed', 'completed', 'progressed'].includes(verb ?? '')) {
          expect('result' in outcome && outcome.result.pupil).toBe(LEARNER);
          expect('result' in outcome && outcome.result.time).toBe(new Date((statement as { timestamp: string }).timestamp).toISOString());
          expect('result' in outcome && outcome.result.goals).toEqual([]);
        } else {
          expect(kindOf(outcome)).toBe(`skipped:${verb}`);
        }
      }
    },
  );

  it.each([
    [
      '08-passed-masteryScore-passed',
      'be675bfa-5725-49ed-bda5-22b96b77122b',
      '2016-06-09T17:38:26.318Z',
      { raw: 94, min: 0, max: 100, scaled: 0.94 },
      15.17,
    ],
    [
      '10-completed_and_passed-masteryScore',
      '1c356160-0150-45bb-b27c-d340dd5fc582',
      '2016-06-09T18:53:33.828Z',
      { raw: 88, min: 0, max: 100, scaled: 0.88 },
      24.57,
    ],
  ])('%s: the scored statement gives the right learner, score and time', (name, id, time, score, durationSeconds) => {
    const scenario = scenarios.find((candidate) => candidate.name === name);
    const results = load(scenario ?? { name, statementFiles: [] })
      .statements.map((statement) => xapiToResult(statement, context))
      .flatMap((outcome) => ('result' in outcome && outcome.result.score !== null ? [outcome.result] : []));
    expect(results).toEqual([
      {
        id: `lrs|${id}`,
        source: 'lrs',
        recordId: id,
        pupil: LEARNER,
        code: 'http://example.org/cmi5/au-lms-id/4756b42214cb0cb4825b3c9b5c15053d6a6cf7f5',
        goals: [],
        level: null,
        workForm: 'test',
        time,
        score,
        success: true,
        completion: null,
        durationSeconds,
        attempt: null,
        normBand: null,
      },
    ]);
  });

  // passed/completed/satisfied, and satisfied by the moveOn rules alone (without the LMS's `satisfied`).
  it.each([
    ['01-typical-non_credit_session', 'Completed', null, null, false, false, false],
    ['03-completed_or_passed-passed', 'CompletedOrPassed', null, null, false, true, false], // its 04-passed file is a copy of 03-initialized upstream
    ['04-completed_or_passed-completed', 'CompletedOrPassed', null, null, true, true, true],
    ['05-completed_or_passed-failed_completed', 'CompletedOrPassed', null, false, true, true, true],
    ['06-completed-completed', 'Completed', null, null, true, true, true],
    ['07-passed-passed', 'Passed', null, true, false, true, true],
    ['08-passed-masteryScore-passed', 'Passed', 0.9, true, false, true, true],
    ['09-completed_and_passed', 'CompletedAndPassed', null, true, true, true, true],
    ['10-completed_and_passed-masteryScore', 'CompletedAndPassed', 0.86, true, true, true, true],
    ['12-allowed_statement', 'CompletedOrPassed', null, null, false, false, false],
    ['13-progress_usage', 'CompletedOrPassed', null, null, true, true, true],
  ])('%s: session outcome', (name, moveOn, masteryScore, passed, completed, satisfied, byRules) => {
    const scenario = scenarios.find((candidate) => candidate.name === name);
    const { statements } = load(scenario ?? { name, statementFiles: [] });
    expect(cmi5SessionOutcome(statements)).toMatchObject({ moveOn, masteryScore, passed, completed, satisfied, ignored: 0 });
    const withoutLms = statements.filter((statement) => !String((statement as { verb: { id: string } }).verb.id).endsWith('/satisfied'));
    expect(cmi5SessionOutcome(withoutLms).satisfied).toBe(byRules);
  });

  it('a broken statement file is reported unreadable and the rest of its scenario still imports', () => {
    const scenario = scenarios.find((candidate) => candidate.name === '05-completed_or_passed-failed_completed');
    if (!scenario) throw new Error('scenario 05 is missing');
    const failedFile = scenario.statementFiles.find((file) => file.endsWith('04-failed_statement.json')) ?? '';
    const text = readFileSync(failedFile, 'utf8');
    const { statements, unreadable } = load(scenario, { [failedFile]: text.slice(0, Math.floor(text.length / 2)) });
    expect(unreadable).toEqual(['04-failed_statement.json']);
    expect(statements).toHaveLength(scenario.statementFiles.length - 1);
    const kinds = statements.map((statement) => kindOf(xapiToResult(statement, context)));
    expect(kinds).toEqual(['skipped:launched', 'skipped:initialized', 'result', 'skipped:satisfied', 'skipped:terminated']);
    expect(cmi5SessionOutcome(statements)).toMatchObject({ passed: null, completed: true, satisfied: true });
  });
});
