import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import type { z } from 'zod';
import {
  caliperEnvelope,
  caliperEnvelopesPage,
  isCaliperAssessmentEvent,
  isCaliperAssessmentItemEvent,
  isCaliperGradeEvent,
  isCaliperMeasure,
  isCaliperToolUseEvent,
} from '@/adapters/caliper/caliper.guard';
import { readCaliperFile } from '@/adapters/caliper/caliper.reader';
import {
  CaliperAssessmentEvent,
  CaliperAssessmentItemEvent,
  CaliperEnvelope,
  CaliperEnvelopesPage,
  CaliperGradeEvent,
  CaliperMeasure,
  CaliperToolUseEvent,
} from '@/adapters/caliper/caliper.schema';
import type { Parser } from '@/adapters/shared/guards';
import { caliperBrokenIds, caliperEnvelopes, caliperEvents } from '../../../../mocks/suppliers/caliper/caliper.generator';
import { expectSameOutputNear, expectValidPass } from './guard-check';

type Json = Record<string, unknown>;
const events = caliperEvents() as readonly Json[];
const ofType = (type: string) => events.filter((event) => event['type'] === type);

/** The 1EdTech example events (../shared/fixtures/caliper, read when present): they take the fast path too. */
const FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures/caliper');
const fixtureEvents: readonly Json[] = ['v1p1', 'v1p2']
  .filter((dir) => existsSync(path.join(FIXTURES, dir)))
  .flatMap((dir) =>
    readdirSync(path.join(FIXTURES, dir))
      .filter((name) => name.endsWith('.json'))
      .map((name) => readCaliperFile(readFileSync(path.join(FIXTURES, dir, name), 'utf8'))),
  )
  .flatMap((content) => ('events' in content ? (content.events as Json[]) : []));

const PERSON = 'https://x.example/person/0123456789abcdef';
const EDGES = [
  'Attempt',
  'Score',
  'Person',
  'Response',
  'MultipleChoiceResponse',
  'http://purl.imsglobal.org/caliper/Response',
  'AggregateMeasureCollection',
  'UnitsCompleted',
  PERSON,
  { id: PERSON },
  { id: null, type: null },
  { type: 'Attempt' },
  100_000,
  100_001,
  ...[99, 100, 101, 511, 512, 513].map((length) => 'x'.repeat(length)),
];

/** The same value when the guard passes it (loose objects: zod gives an equal copy), else undefined. */
const itself = (guard: (value: unknown) => boolean) => (value: unknown) => (guard(value) ? value : undefined);
const parsedBy = (parser: Parser<unknown>) => (value: unknown) => {
  const parsed = parser.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

const cases: readonly [string, (value: unknown) => boolean, z.ZodType, readonly unknown[]][] = [
  [
    'GradeEvent',
    isCaliperGradeEvent,
    CaliperGradeEvent,
    [
      ...ofType('GradeEvent').filter((event) => caliperBrokenIds().has(String(event['id']))),
      ...ofType('GradeEvent').slice(0, 6),
      {
        id: 'e',
        eventTime: '2026-03-05T08:15:00+01:00',
        object: { type: 'Attempt', assignee: PERSON, assignable: 'https://x.example/a', count: 0, duration: null },
        generated: { type: 'Score', totalScore: 3, maxScore: null, scoreGiven: undefined },
      },
    ],
  ],
  [
    'AssessmentEvent',
    isCaliperAssessmentEvent,
    CaliperAssessmentEvent,
    [
      { id: 'e', eventTime: '2026-03-05T08:15:00.250Z', actor: PERSON, object: 'https://x.example/a', generated: 'https://x.example/t' },
      {
        id: 'e',
        eventTime: '2026-03-05T08:15:00Z',
        actor: { id: PERSON, type: 'Person' },
        object: { id: 'https://x.example/a', type: 'Assessment' },
        generated: { type: 'Attempt', assignee: { id: null }, count: 2, duration: 'PT1M', extra: [1] },
      },
    ],
  ],
  [
    'AssessmentItemEvent',
    isCaliperAssessmentItemEvent,
    CaliperAssessmentItemEvent,
    [
      ...ofType('AssessmentItemEvent').slice(0, 6),
      { id: 'e', eventTime: '2026-03-05T08:15:00Z', actor: PERSON, object: 'https://x.example/i', generated: null },
      {
        id: 'e',
        eventTime: '2026-03-05T08:15:00Z',
        actor: { id: PERSON },
        object: { id: 'https://x.example/i' },
        generated: { type: 'MultipleChoiceResponse', isCorrect: true, extensions: null, attempt: 'https://x.example/t' },
      },
    ],
  ],
  [
    'ToolUseEvent',
    isCaliperToolUseEvent,
    CaliperToolUseEvent,
    [
      ...ofType('ToolUseEvent').slice(0, 4),
      {
        id: 'e',
        eventTime: '2026-03-05T08:15:00Z',
        actor: PERSON,
        object: 'https://x.example/o',
        target: null,
        generated: { type: 'AggregateMeasureCollection', items: [] },
      },
    ],
  ],
];

describe('the Caliper guards pass only what their schema accepts, and zod gives the value itself', () => {
  for (const [name, guard, schema, samples] of cases) {
    it(`a ${name}: never looser than its schema, zod's output equal to the event`, () => {
      expectSameOutputNear(itself(guard), schema, samples, EDGES);
    });

    it(`every demo and 1EdTech example ${name} the schema accepts passes the guard`, () => {
      expectValidPass(guard, schema, [...ofType(name), ...fixtureEvents.filter((event) => event['type'] === name)]);
    });
  }

  it('a measure: never looser than CaliperMeasure, zod its output equal to the measure', () => {
    const measures = ofType('ToolUseEvent').flatMap((event) => (event['generated'] as { items: unknown[] }).items);
    expectSameOutputNear(itself(isCaliperMeasure), CaliperMeasure, [...measures.slice(0, 4), { metric: 'x', metricValue: 0, maxMetricValue: null }]);
    expectValidPass(isCaliperMeasure, CaliperMeasure, measures);
  });

  it('an envelope and the envelopes page: the same output as their schemas, or zod reads them', () => {
    const envelopes = caliperEnvelopes().slice(0, 3);
    expectSameOutputNear(parsedBy(caliperEnvelope), CaliperEnvelope, [...envelopes, { data: [] }], EDGES);
    const pages = [
      { envelopes, next: 'e-500', remaining: 10 },
      { envelopes: [], next: null, extra: 1 },
    ];
    expectSameOutputNear(parsedBy(caliperEnvelopesPage), CaliperEnvelopesPage, pages, EDGES);
  });
});
