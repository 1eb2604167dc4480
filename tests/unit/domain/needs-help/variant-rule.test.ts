/** The validity benchmark's rule variants (`--variants SET --rule '{...}'`, tests/bench/validity/variant.run.ts, decision 051). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE } from '@/domain/progress/needs-help';
import { variantRule } from '../../../bench/validity/variant.run';

describe('variantRule', () => {
  it('is DEFAULT_RULE with the knobs given', () => {
    expect(variantRule('{"slopeBelowGroupBy":0}')).toEqual({ ...DEFAULT_RULE, slopeBelowGroupBy: 0 });
    expect(variantRule('{"usualGrowthShortBy":null}').usualGrowthShortBy).toBeNull();
  });

  it('refuses what is not a knob of the rule, or a value of another type, saying why', () => {
    expect(() => variantRule('{"slopeBelowGrupBy":0}')).toThrow(/no knob called slopeBelowGrupBy/);
    expect(() => variantRule('{"weeksOfPractice":"3"}')).toThrow(/weeksOfPractice is a number/);
    expect(() => variantRule('[1]')).toThrow(/JSON object/);
    expect(() => variantRule('{slope')).toThrow(/JSON object of rule knobs/);
  });
});
