/**
 * Which statements carry a result. Verbs are recognised in the ADL vocabulary
 * (http://adlnet.gov/expapi/verbs/<name>) and its w3id.org home (https://w3id.org/xapi/adl/verbs/<name>).
 * A statement with any other verb (launched, initialized, terminated, attempted,
 * experienced, satisfied, another vocabulary's verb) is skipped and counted under its name.
 */
export const RESULT_VERBS = ['completed', 'passed', 'failed', 'answered', 'scored', 'mastered', 'progressed'] as const;
export type ResultVerb = (typeof RESULT_VERBS)[number];

export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

const ADL_HOMES = ['http://adlnet.gov/expapi/verbs/', 'https://w3id.org/xapi/adl/verbs/'] as const;

/** The ADL result verb an IRI names, or null. */
export function resultVerbOf(verbId: string): ResultVerb | null {
  for (const home of ADL_HOMES) {
    if (!verbId.startsWith(home)) continue;
    const name = verbId.slice(home.length);
    return (RESULT_VERBS as readonly string[]).includes(name) ? (name as ResultVerb) : null;
  }
  return null;
}

/** A short, bounded key for counting skipped statements: the verb IRI's last segment. */
export function verbKey(verbId: string): string {
  const last =
    verbId
      .split(/[/#]/)
      .filter((part) => part.length > 0)
      .at(-1) ?? 'onbekend';
  const key = last.replace(/[^\w.-]/g, '').slice(0, 40);
  return key.length > 0 ? key : 'onbekend';
}

/** Activity types that make a statement a test rather than practice. */
export const TEST_ACTIVITY_TYPES: ReadonlySet<string> = new Set(['http://adlnet.gov/expapi/activities/assessment']);
