import { DEFAULT_RULE, type NeedsHelpRule } from '@/domain/progress/needs-help';

/** The knobs a teacher can turn on the page, with their URL search parameter and bounds. */
export const RULE_PARAMS = {
  weeks: { param: 'weken', min: 1, max: 20, fallback: DEFAULT_RULE.weeksOfPractice },
  days: { param: 'dagen', min: 1, max: 60, fallback: DEFAULT_RULE.inactiveSchoolDays },
} as const;

export type RuleKnob = keyof typeof RULE_PARAMS;

/** A whole number within the knob's bounds, or null. */
export function parseKnob(knob: RuleKnob, raw: string | null): number | null {
  const { min, max } = RULE_PARAMS[knob];
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

export function knobValue(knob: RuleKnob, params: URLSearchParams): number {
  return parseKnob(knob, params.get(RULE_PARAMS[knob].param)) ?? RULE_PARAMS[knob].fallback;
}

export const ruleWith = (weeks: number, days: number): NeedsHelpRule => ({ ...DEFAULT_RULE, weeksOfPractice: weeks, inactiveSchoolDays: days });
