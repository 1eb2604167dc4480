import { NEARLY_FROM } from '../mastery';

/**
 * The configurable "who needs help now" rule. Each knob is one a teacher can reason about; a school
 * can tune them. The growth defaults (3 weeks, 1 result, kept up with less than 0.4 of the group's
 * growth at 2 standard errors) were measured on the validity simulator and its stress grid of schools
 * whose data look otherwise (docs/decisions/006), not on one school.
 */
export interface NeedsHelpRule {
  /** Look-back for growth and the practice a pupil must have done before we judge: 3 weeks. */
  readonly weeksOfPractice: number;
  /**
   * Mastery under which a goal counts as below the target for the growth reason: 0.55 (NEARLY_FROM),
   * so a pupil still "working on it" is judged and one "nearly" there is not. Set 0.75 to judge every
   * goal not yet mastered.
   */
  readonly belowValue: number;
  /**
   * Growth (mastery now - mastery `weeksOfPractice` weeks ago, on 0..1) below this counts as none: 0.07.
   * Judged over the goals practised in the look-back together (each weighed by how well its growth is
   * known), and for each goal listed on its own.
   */
  readonly noGrowthBelow: number;
  /**
   * The growth reason also asks that the pupil is behind the group: their results in the look-back on
   * the practised goals lie, together, at least this far below what is usual in the group on those
   * goals at that time (the group's results week by week, without each source's bias): 0.07. Where
   * the group's level cannot be told (too few results in the group), growth alone decides. null: not
   * asked.
   */
  readonly behindGroupBy: number | null;
  /**
   * The growth reason, where the group's own growth can be told: the pupil kept up with less than this
   * share of the group's growth on the goals practised in the look-back, together (keeping-up.ts): 0.4.
   * Then `noGrowthBelow` and `behindGroupBy` only decide where the group's growth cannot be told
   * (too few results in the group, or the group did not move; see `noGrowthAsksGroupMove`). null: not asked (the older rule).
   */
  readonly keptUpBelow: number | null;
  /**
   * Where the group's growth on the practised goals cannot be told although GROUP_SPREAD_MIN_PUPILS of its pupils practised
   * in the look-back (the group did not move on them, or a tool's scores stay flat whatever is learnt, as an adaptive one's
   * do), a pupil's own flatness is no evidence that they, rather than the data, stand still: not listed for not growing
   * (true, docs/decisions/048). In a smaller group, or with false, `noGrowthBelow` and `behindGroupBy` decide there.
   */
  readonly noGrowthAsksGroupMove: boolean;
  /** ...and credibly so: the share is at least this many standard errors below 1 (kept up fully): 2. */
  readonly keptUpCredible: number;
  /**
   * ...and not growing on their own: a pupil whose own growth on those goals together (as `noGrowthBelow`
   * measures it) is at least this share of the group's move is lower than the group but keeps pace: 0.6.
   */
  readonly ownGrowthKeptUp: number;
  /**
   * ...and standing out from the group: the pupil's shortfall (standard errors short of keeping up
   * fully) is at least this many of the group's robust spreads above the group's median shortfall
   * (group-spread.ts; only where GROUP_SPREAD_MIN_PUPILS pupils have one). null: not asked.
   */
  readonly standOutBy: number | null;
  /**
   * Not listed for not growing, nor as stuck on a goal, when the pupil's own results rise credibly: the
   * slope of their own trend over the look-back (own-trend.ts: per goal and source its own level, one slope
   * through all) is at least this many standard errors above 0: 2. Low is not stuck. null: not asked.
   */
  readonly ownRiseCredible: number | null;
  /**
   * ...and short of what is usual in the group for a pupil who stood where they stood: the share kept up is
   * at least this many standard errors below the group's robust line of share against standing before the
   * look-back (usual-growth.ts; only where USUAL_GROWTH_MIN_PUPILS pupils have both): 1.5. A weak pupil who
   * grows at their own pace keeps up with less of the group's growth than an able one, wherever a tool's
   * scale has a floor or the group mixes levels; the group's own pupils show how much less. null: not asked.
   */
  readonly usualGrowthShortBy: number | null;
  /**
   * Listed for not growing only where the pupil's own results rise less than the group's: the slope of their own results
   * over the look-back (own-slope.ts: on the logit scale, per goal and source centred on the pupil's own mean there, so
   * their level cancels; one slope through all) lies at least this many standard errors below the group's slope pooled
   * the same way over the other pupils' results on the same goals in the same weeks (docs/decisions/051). A weak pupil
   * who grows as the group does is then not listed, however far below it they stand. Not asked where either slope cannot
   * be told. null (the default): not asked. Not on by default: at 0 it raised the probe's precision 0.35 -> 0.43 and the
   * default's 0.962 -> 0.972 at 0.028 of the default's recall, but cost the alternative simulator a true stall (precision
   * 0.782 -> 0.774); three weeks of a pupil's own results rarely tell a slow grower from a stall (decision 051).
   */
  readonly slopeBelowGroupBy: number | null;
  /**
   * Not listed for not growing, nor as stuck on a goal, when the group's course model (course-model.ts: each
   * pupil's course in logits, each source's floor, ceiling and scale, fitted from the group's own results) is at
   * least this sure that the pupil kept `coursePaceShare` of the group's growth in the look-back: 0.8. Sparse or
   * noisy data widen the model's posterior, so it is then less sure and leaves the decision to the other
   * conditions. null: not asked.
   */
  readonly courseSureKeptPace: number | null;
  /** ...the share of the group's growth (its pace on the logit scale): 0.5. */
  readonly coursePaceShare: number;
  /**
   * Listed for not growing, on the practised goals below the target, when the course model is at least this sure
   * that the pupil kept less than `coursePaceShare` of the group's growth in the look-back, also where the
   * conditions of keeping up do not show it (a stall shows as a break in the pupil's own course, also in an able
   * pupil still above the group): 0.98. Not for a pupil whose own results rise credibly (`ownRiseCredible`), nor one
   * without results from before the look-back.
   * null: not listed this way.
   */
  readonly courseSureSlower: number | null;
  /**
   * Listed for not growing, or as stuck on a goal, only where the group's course model is at least this sure that the
   * pupil kept less than `coursePaceShare` of the group's growth in the look-back: 0.8 (docs/decisions/026). The other
   * conditions read the pupil's results against the group's on a 0..1 scale, which a tool's floor or ceiling bends;
   * the model reads each source on its own scale from the group's own results, so this asks that both agree. Sparse
   * or noisy data leave the model unsure, so such a pupil is not listed. Where the model cannot be fitted (fewer than
   * COURSE_MIN_PUPILS pupils with results) the other conditions decide alone. null: not asked.
   */
  readonly courseSureSlowerToList: number | null;
  /**
   * ...and only where the pupil fell behind their group or stands behind it: their standing among the group
   * (standing.ts: each result ranked among the group's results from the same source on the same goal, so no
   * supplier's scale or bias counts) fell from before the look-back to within it at least as much as the group's
   * median pupil's plus this many of the group's robust spreads (0), or lies `standsBehindToList` robust spreads below
   * the group's median (docs/decisions/031). A pupil who keeps their place in the upper part of the group has not
   * stalled, whatever the model makes of their course (ahead on a goal, they show no growth while the group catches up).
   * Not asked where neither can be told. null: not asked.
   */
  readonly fallBehindToList: number | null;
  /** ...or stands this far behind: 0.5 robust spreads. */
  readonly standsBehindToList: number;
  /**
   * Where the pupil stands far behind the group in the look-back (`behindToList` of the group's robust spreads below
   * its median standing), the course model need only be this sure: 0.5. A stall shows in both. null: never.
   */
  readonly courseSureSlowerBehind: number | null;
  /** ...how far behind: 1.5 robust spreads. */
  readonly behindToList: number;
  /**
   * Where the pupil stands that far behind and also fell this many of the group's robust spreads further behind than
   * the group's median pupil did (from before the look-back to within it): 1.5, the group's own ranks agree on every
   * source whatever the course model makes of it. null: never.
   */
  readonly fellBehindBy: number | null;
  /**
   * Listed for not growing, or as stuck on a goal, only where the evidence pooled over all the pupil's goals and sources
   * agrees, shrunk towards the group by how few results the pupil has and read against the group's own noise and spread
   * (pooled-standing.ts, docs/decisions/033): the model is `courseSureSlowerToList` sure and the pupil stands at least
   * this many of the group's true spreads below its middle (tried: 1) and fell `pooledFallToList` further than its
   * median pupil; or the model is `courseSureSlowerBehind` sure and the pupil stands `pooledFarBehind` below it and fell
   * at least as much as the median pupil. A chance low on a few results does not pass this; a group where everybody
   * looks alike has nobody that far out. null (the default): not asked. Not on by default: on the held-out simulator it
   * did not raise precision at 6 weeks, it halved recall everywhere, and in a group whose other pupils are nearly alike it
   * shrinks even a clear stall away (docs/decisions/033).
   */
  readonly pooledBehindToList: number | null;
  /** ...and fell this much further than the group's median pupil: 0.25 true spreads. */
  readonly pooledFallToList: number;
  /** ...or, where the model is only `courseSureSlowerBehind` sure, stands this far behind: 2 true spreads. */
  readonly pooledFarBehind: number;
  /**
   * Listed for not growing, or as stuck on a goal, only where the pupil's standing among the group lies credibly behind
   * the group's median pupil's in the look-back, or fell credibly further than theirs from before it: at least this many
   * standard errors, each source's noise measured from the group's own results (credible-standing.ts, docs/decisions/036):
   * 1.5. A noisy school, or a pupil with a few results, asks more evidence. null: not asked.
   */
  readonly credibleBy: number | null;
  /**
   * Listed for not growing, or as stuck on a goal, only with at least this share of the group's median number of results
   * in the look-back: 0.3 (enough-results.ts, docs/decisions/033). A handful of results cannot tell a stall from noise;
   * the group's own median sets the bar, so it follows how much a school's tools report. null: not asked.
   */
  readonly resultsShareToList: number | null;
  /**
   * Listed for not growing only with results from before the look-back: a pupil's growth over `weeksOfPractice` weeks
   * is judged once there are that many weeks of their own results (true). Early in the year, or for a pupil new in the
   * tool, nobody is listed for it (being stuck on a goal others master has its own conditions).
   */
  readonly learningAsksResultsBefore: boolean;
  /**
   * At most this share of the group (rounded up) is listed for the growth reason: those that fall
   * furthest short of keeping up. null: no limit.
   */
  readonly maxGrowthShare: number | null;
  /**
   * Results on the goal within the look-back needed to call it practice: 1 (a goal with few results
   * already counts little in the growth taken together).
   */
  readonly minResultsInWindow: number;
  /** Weekdays (Mon-Fri) without any result after which a pupil counts as inactive: 10 (two school weeks). */
  readonly inactiveSchoolDays: number;
  /**
   * ...and longer than this share of the group's quiet spells (where 8 pupils have results): where
   * practice comes in bursts, long quiet spells are common. null: not asked.
   */
  readonly inactiveGroupShare: number | null;
  /**
   * ...and longer than `inactiveGroupShare` of the longest quiet spells the group's pupils had before,
   * between two of their results: where weeks without practice are the group's rhythm.
   */
  readonly inactiveGroupRhythm: boolean;
  /**
   * ...and at least this many times as long as those quiet spells of the group (`inactiveGroupShare` and,
   * with `inactiveGroupRhythm`, the earlier ones): 2. A quiet spell a little longer than the group's long ones
   * (bursty practice, ill weeks, a holiday) says little; one twice as long stands out. 1: just longer.
   */
  readonly inactiveGroupMargin: number;
  /** ...and longer than any quiet spell the pupil had before, between two of their results. */
  readonly inactiveOwnRhythm: boolean;
  /** A pupil without a single result is listed as inactive too ("no activity yet"): true. */
  readonly flagNeverActive: boolean;
  /** Share of the other pupils (with evidence on a goal) who master it, from which being stuck stands out: 0.6. */
  readonly othersMasterShare: number;
  /** Other pupils with evidence needed before that share means anything: 3. */
  readonly minOthersWithEvidence: number;
  /** Results on a goal, not mastered, before a pupil counts as stuck on it (`minResultsInWindow` of them in the look-back): 3. */
  readonly stuckMinResults: number;
  /**
   * Stuck on a goal only where the pupil does not grow on it in the look-back: kept up with less than
   * `keptUpBelow` of the group's growth on it (or, where that cannot be told, grew less than `noGrowthBelow`).
   */
  readonly stuckAsksNoGrowth: boolean;
  /** Half-life of a result's weight (days) for the methods that decay; default each method's own. */
  readonly halfLifeDays?: number;
}

export const DEFAULT_RULE: NeedsHelpRule = {
  weeksOfPractice: 3,
  belowValue: NEARLY_FROM,
  noGrowthBelow: 0.07,
  behindGroupBy: 0.07,
  keptUpBelow: 0.4,
  keptUpCredible: 2,
  noGrowthAsksGroupMove: false,
  ownGrowthKeptUp: 0.6,
  standOutBy: null,
  ownRiseCredible: 2,
  usualGrowthShortBy: 1.5,
  slopeBelowGroupBy: null,
  courseSureKeptPace: 0.8,
  coursePaceShare: 0.5,
  courseSureSlower: 0.98,
  courseSureSlowerToList: 0.8,
  fallBehindToList: 0,
  standsBehindToList: 0.5,
  courseSureSlowerBehind: 0.5,
  behindToList: 1.5,
  fellBehindBy: 1.5,
  pooledBehindToList: null,
  pooledFallToList: 0.25,
  pooledFarBehind: 2,
  resultsShareToList: 0.3,
  credibleBy: 1.5,
  learningAsksResultsBefore: true,
  maxGrowthShare: 0.2,
  minResultsInWindow: 1,
  inactiveSchoolDays: 10,
  inactiveGroupShare: 0.9,
  inactiveGroupRhythm: true,
  inactiveGroupMargin: 2,
  inactiveOwnRhythm: true,
  flagNeverActive: true,
  othersMasterShare: 0.6,
  minOthersWithEvidence: 3,
  stuckMinResults: 3,
  stuckAsksNoGrowth: true,
};
