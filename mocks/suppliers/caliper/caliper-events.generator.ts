import { hex, type Random } from '../../demo-school/prng';
import { WORKBOOK, WORKBOOK_GRADER, chapterIri, chapterTestIri } from './caliper.demo';

/** Caliper 1.2 events as the Digitaal Werkboek's sensor writes them. Plain JSON, no personal data but the pseudonym. */
export type CaliperJson = Record<string, unknown>;

const CONTEXT = 'http://purl.imsglobal.org/ctx/caliper/v1p2';

export const uuidOf = (random: Random) => `urn:uuid:${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`;

const person = (ref: string) => ({ id: ref, type: 'Person' });

export function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `PT${minutes > 0 ? `${minutes}M` : ''}${seconds % 60}S`;
}

const base = (random: Random, type: string, profile: string, action: string, at: Date) => ({
  '@context': CONTEXT,
  id: uuidOf(random),
  type,
  profile,
  action,
  eventTime: at.toISOString(),
  edApp: { id: WORKBOOK, type: 'SoftwareApplication', name: 'Digitaal Werkboek' },
});

/** The workbook's auto-grader grades a chapter test: the learner is the Attempt's assignee. */
export function gradeEvent(random: Random, ref: string, slug: string, at: Date, scoreGiven: number, seconds: number): CaliperJson {
  const event = base(random, 'GradeEvent', 'GradingProfile', 'Graded', at);
  const attemptId = `${chapterTestIri(slug)}/pogingen/${hex(random, 12)}`;
  const started = new Date(at.getTime() - (seconds + 60) * 1000);
  return {
    ...event,
    actor: { id: WORKBOOK_GRADER, type: 'SoftwareApplication', name: 'Nakijkhulp' },
    object: {
      id: attemptId,
      type: 'Attempt',
      assignee: person(ref),
      assignable: { id: chapterTestIri(slug), type: 'Assessment', name: `Toets ${slug}`, maxScore: 20 },
      count: 1,
      startedAtTime: started.toISOString(),
      endedAtTime: new Date(started.getTime() + seconds * 1000).toISOString(),
      duration: duration(seconds),
    },
    generated: { id: `${attemptId}/score`, type: 'Score', attempt: attemptId, maxScore: 20, scoreGiven, scoredBy: WORKBOOK_GRADER },
  };
}

/** One answered question of a chapter test; isCorrect travels in the Response's extensions. */
export function itemEvent(random: Random, ref: string, slug: string, question: number, at: Date, isCorrect: boolean): CaliperJson {
  const itemId = `${chapterTestIri(slug)}/vragen/${question}`;
  return {
    ...base(random, 'AssessmentItemEvent', 'AssessmentProfile', 'Completed', at),
    actor: person(ref),
    object: { id: itemId, type: 'AssessmentItem', isPartOf: { id: chapterTestIri(slug), type: 'Assessment' } },
    generated: {
      id: uuidOf(random),
      type: 'Response',
      attempt: {
        id: `${itemId}/pogingen/${hex(random, 12)}`,
        type: 'Attempt',
        assignee: ref,
        assignable: itemId,
        count: 1,
        duration: duration(20 + Math.floor(random() * 90)),
      },
      extensions: { isCorrect },
    },
  };
}

/** Practice progress in a chapter: units completed of 20, and minutes on task. */
export function toolUseEvent(random: Random, ref: string, slug: string, at: Date, units: number, minutes: number): CaliperJson {
  const window = { startedAtTime: new Date(at.getTime() - 7 * 86_400_000).toISOString(), endedAtTime: at.toISOString() };
  return {
    ...base(random, 'ToolUseEvent', 'ToolUseProfile', 'Used', at),
    actor: person(ref),
    object: { id: WORKBOOK, type: 'SoftwareApplication' },
    target: { id: chapterIri(slug), type: 'DigitalResource' },
    generated: {
      id: uuidOf(random),
      type: 'AggregateMeasureCollection',
      items: [
        { id: uuidOf(random), type: 'AggregateMeasure', metric: 'UnitsCompleted', metricValue: units, maxMetricValue: 20, ...window },
        { id: uuidOf(random), type: 'AggregateMeasure', metric: 'MinutesOnTask', metricValue: minutes, ...window },
      ],
    },
  };
}

/** Opening the workbook: carries no result (skipped by the adapter). */
export function navigationEvent(random: Random, ref: string, at: Date): CaliperJson {
  return {
    ...base(random, 'NavigationEvent', 'GeneralProfile', 'NavigatedTo', at),
    actor: person(ref),
    object: { id: `${WORKBOOK}/start`, type: 'WebPage', name: 'Startpagina' },
  };
}

/** Broken on purpose: only the grader is known (the Attempt is a bare IRI), or the Attempt lacks its assignee. */
export function breakGrade(event: CaliperJson, kind: 'grader-only' | 'missing-assignee'): CaliperJson {
  const object = event['object'];
  if (typeof object !== 'object' || object === null) return event;
  const { assignee: _assignee, ...withoutAssignee } = object as Record<string, unknown>;
  return { ...event, object: kind === 'grader-only' ? withoutAssignee['id'] : withoutAssignee };
}
