/**
 * A held-out variation of the alternative simulator (`npm run bench:validity -- --sim held`), written
 * before the needs-help rule and the estimator of decision 006's third robustness pass were designed and
 * not looked at while designing them, so the figures on it say how the rule does on data nobody tuned
 * it to. On top of an alternative school (altSchool, same seed ranges) it changes how the data look:
 * - two goals taught at a time (in pairs), and more revision (40..60% of sessions on earlier goals);
 * - each supplier finds each goal easier or harder than the others do (a supplier x goal offset on the
 *   logit scale, sd 0.6), so no bias per source captures a supplier;
 * - practice on two fixed weekdays only (a timetable), and 15% of pupils join late (week 1..4: no results
 *   before, though they learnt as their group did);
 * - half the stuck pupils slowly forget (their mastery falls after the stall), the rest plateau as in altSchool.
 * Extra draws come from their own random stream, so altSchool's schools are unchanged.
 */
import { createRandom } from '../../mocks/demo-school/prng';
import { normal } from '../sim/sim-suppliers';
import type { AltSchool } from './simulate-alt';

export interface HeldKnobs {
  readonly pairedGoals: boolean;
  readonly revisionShare: number;
  /** Sd of a supplier x goal offset, on the logit of mastery. */
  readonly goalBiasSd: number;
  /** The weekdays (0 = Monday) practice happens on. */
  readonly days: readonly number[];
  readonly lateJoinShare: number;
  /** Share of the stuck pupils who slowly forget. */
  readonly forgetShare: number;
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

/** The held-out knobs for the school of `seed`, drawn from their own stream. */
export function heldKnobs(seed: number): HeldKnobs {
  const random = createRandom(seed * 104_729 + 3);
  const first = Math.floor(random() * 3);
  return {
    pairedGoals: true,
    revisionShare: 0.4 + 0.2 * random(),
    goalBiasSd: 0.6,
    days: [first, first + 2],
    lateJoinShare: 0.15,
    forgetShare: 0.5,
  };
}

/** What simulateAlt asks of the held-out knobs; without them, nothing changes. */
export interface HeldDraws {
  /** How fast a stuck pupil forgets (subtracted from the share of pace they keep): 0 or 0.1. */
  readonly fading: (pupil: number) => number;
  /** The first week a pupil has results: 0, or 1..4 for late joiners. */
  readonly joinWeek: (pupil: number) => number;
  /** The weekday of a session drawn as 0..4. */
  readonly day: (drawn: number) => number;
  /** The mastery a supplier's items on a goal see. */
  readonly asSeenBy: (supplier: number, goal: number, mastery: number) => number;
}

export function heldDraws(school: AltSchool, goals: number): HeldDraws {
  const knobs = school.held;
  if (!knobs) return { fading: () => 0, joinWeek: () => 0, day: (drawn) => drawn, asSeenBy: (_s, _g, mastery) => mastery };
  const random = createRandom(school.seed * 15_485_863 + 11);
  const fading = Array.from({ length: school.pupils }, () => (random() < knobs.forgetShare ? 0.1 : 0));
  const joinWeek = Array.from({ length: school.pupils }, () => (random() < knobs.lateJoinShare ? 1 + Math.floor(random() * 4) : 0));
  const offsets = school.suppliers.map(() => Array.from({ length: goals }, () => knobs.goalBiasSd * normal(random)));
  const clampP = (p: number) => Math.min(0.995, Math.max(0.005, p));
  return {
    fading: (pupil) => fading[pupil] ?? 0,
    joinWeek: (pupil) => joinWeek[pupil] ?? 0,
    day: (drawn) => knobs.days[drawn % knobs.days.length] as number,
    asSeenBy: (supplier, goal, mastery) => logistic(logit(clampP(mastery)) + (offsets[supplier]?.[goal] ?? 0)),
  };
}

/** The held-out school of `seed`: altSchool's draws with the knobs above. */
export function heldSchool(school: AltSchool): AltSchool {
  const held = heldKnobs(school.seed);
  return {
    ...school,
    held,
    label: `held ${school.label.replace(/^alt /, '')}, paired goals, revision ${Math.round(held.revisionShare * 100)}%, days ${held.days.join('+')}`,
  };
}
