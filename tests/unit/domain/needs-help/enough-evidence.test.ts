/**
 * When the evidence agrees a pupil learns too little to be listed for it (docs/decisions/026, 031): the course model and
 * the pupil's standing among their group, each result ranked among the group's on the same source and goal.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE } from '@/domain/progress/needs-help';
import { courseAgrees } from '@/domain/progress/needs-help/enough-evidence';

/** A posterior for the share of the group's pace kept: about 0 (the model is sure the pupil is slower) or unsure. */
const sureSlower = { recent: 0, recentSd: 0.1, results: 40 };
const unsure = { recent: 0.5, recentSd: 0.3, results: 10 };

describe('courseAgrees', () => {
  it('asks a pupil the model is sure of to have fallen behind the group as much as is usual, or to stand behind it', () => {
    expect(courseAgrees(DEFAULT_RULE, sureSlower, true, { behind: 0.2, fall: 0.3 })).toBe(true);
    // kept their place in the upper half of the group: the model alone does not list them
    expect(courseAgrees(DEFAULT_RULE, sureSlower, true, { behind: 0.2, fall: -0.4 })).toBe(false);
    expect(courseAgrees(DEFAULT_RULE, sureSlower, true, { behind: -1, fall: -0.4 })).toBe(false);
    // stalled long ago: no further fall, but behind the group
    expect(courseAgrees(DEFAULT_RULE, sureSlower, true, { behind: 0.6, fall: -1.3 })).toBe(true);
    expect(courseAgrees(DEFAULT_RULE, sureSlower, true, { behind: null, fall: null })).toBe(true);
    expect(courseAgrees({ ...DEFAULT_RULE, fallBehindToList: null }, sureSlower, true, { behind: 0.2, fall: -0.4 })).toBe(true);
  });

  it('asks less of the model for a pupil far behind the group, and nothing for one who also fell far behind', () => {
    expect(courseAgrees(DEFAULT_RULE, unsure, true, { behind: 0.5, fall: 0.5 })).toBe(false);
    expect(courseAgrees(DEFAULT_RULE, unsure, true, { behind: 1.6, fall: 0 })).toBe(true);
    const doubtful = { recent: 1, recentSd: 0.3, results: 10 };
    expect(courseAgrees(DEFAULT_RULE, doubtful, true, { behind: 1.6, fall: 0 })).toBe(false);
    expect(courseAgrees(DEFAULT_RULE, doubtful, true, { behind: 1.6, fall: 1.6 })).toBe(true);
    expect(courseAgrees({ ...DEFAULT_RULE, fellBehindBy: null }, doubtful, true, { behind: 1.6, fall: 1.6 })).toBe(false);
  });

  it('lists nobody the model could not judge in a fitted group, and leaves a group too small to fit to the other conditions', () => {
    expect(courseAgrees(DEFAULT_RULE, null, true, { behind: 3, fall: 3 })).toBe(false);
    expect(courseAgrees(DEFAULT_RULE, null, false, null)).toBe(true);
  });
});
