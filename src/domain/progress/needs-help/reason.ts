import type { GoalId } from '../../ids';

/** Why a pupil is listed. Values are on the 0..1 mastery scale. */
export type Reason =
  | {
      readonly kind: 'below-target-no-growth';
      readonly goal: GoalId;
      /** The look-back in weeks (the rule's weeksOfPractice). */
      readonly weeks: number;
      /** Mastery now. */
      readonly value: number;
      /** Mastery now minus mastery `weeks` weeks ago; null when the goal was first practised within those weeks. */
      readonly growth: number | null;
      /** The mastery the goal asks for (MASTERED_FROM). */
      readonly target: number;
      /** How far the pupil's results on the goal in the look-back lie below the group's usual level; null: not known. */
      readonly behindGroup: number | null;
      /**
       * Share of the group's growth the pupil kept up with on the practised goals together (1: as much as
       * the group, 0: none); null where the group's growth could not be told.
       */
      readonly keptUp: number | null;
      /**
       * Where the group's course model listed the pupil (`courseSureSlower`): the share of the group's pace the
       * pupil kept in the look-back by that model (posterior mean, 1: as the group); absent otherwise.
       */
      readonly pace?: number;
    }
  | {
      readonly kind: 'inactive';
      /** School days (weekdays) since the last result; null when there is none. */
      readonly days: number | null;
      /** The latest result (ISO); null when there is none. */
      readonly lastAt: string | null;
    }
  | {
      readonly kind: 'stuck-while-others-master';
      readonly goal: GoalId;
      readonly value: number;
      /** Share (0..1) of the other pupils with evidence on the goal who master it. */
      readonly groupShareMastered: number;
    };

export type ReasonKind = Reason['kind'];
