import { createRandom, hex, type Random } from '../../demo-school/prng';
import { DEMO_HOME_PAGE, KOMPAS, KOMPAS_ATTEMPT, KOMPAS_MASTERY_SCORE } from './lrs.demo';

/** Building blocks of the demo LRSs' xAPI statements, shaped as an LRS returns them. */
export type XapiStatementJson = Record<string, unknown> & { readonly id: string; readonly stored: string };

const ADL = 'http://adlnet.gov/expapi/verbs';
export const VERBS = {
  launched: `${ADL}/launched`,
  initialized: `${ADL}/initialized`,
  passed: `${ADL}/passed`,
  failed: `${ADL}/failed`,
  completed: `${ADL}/completed`,
  scored: `${ADL}/scored`,
  terminated: `${ADL}/terminated`,
  voided: `${ADL}/voided`,
} as const;
export type VerbName = keyof typeof VERBS;

const CMI5 = 'https://w3id.org/xapi/cmi5/context';
export const CMI5_CATEGORY = `${CMI5}/categories/cmi5`;
export const CMI5_MOVEON_CATEGORY = `${CMI5}/categories/moveon`;
export const CMI5_SESSION = `${CMI5}/extensions/sessionid`;
export const CMI5_MASTERY = `${CMI5}/extensions/masteryscore`;
export const CMI5_MOVE_ON = `${CMI5}/extensions/moveon`;
export const ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment';

/** A version-4-shaped UUID from the seeded stream: the same id on every machine. */
export function uuidFrom(random: Random): string {
  const h = hex(random, 32);
  const variant = '89ab'[Math.floor(random() * 4)] ?? '8';
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const accountActor = (ref: string) => ({ objectType: 'Agent', account: { homePage: DEMO_HOME_PAGE, name: ref } });

/** The platform that sends the statements to an LRS: what it stamps on every statement. */
export interface Platform {
  /** context.platform */
  readonly name: string;
  /** The LRS's own authority on every statement (the platform's credentials). */
  readonly authority: Record<string, unknown>;
  /** The course every activity is grouped under (first entry of contextActivities.grouping). */
  readonly course: string;
  /** The context extension that carries the attempt number. */
  readonly attempt: string;
  /** cmi5 masteryScore the platform sends with launched/passed/failed. */
  readonly masteryScore: number;
}

/** "Kompas Toetsen" writing to the board's LRS. */
export const KOMPAS_PLATFORM: Platform = {
  name: 'Kompas Toetsen',
  authority: { objectType: 'Agent', account: { homePage: 'https://lrs.demo-schoolbestuur.example', name: 'kompas-toetsen' } },
  course: `${KOMPAS}/cursussen/toetskalender`,
  attempt: KOMPAS_ATTEMPT,
  masteryScore: KOMPAS_MASTERY_SCORE,
};

export interface Session {
  readonly actor: Record<string, unknown>;
  readonly activity: string;
  readonly title: string;
  /** SLO IRIs the platform tags the test with (contextActivities.grouping). */
  readonly slo: readonly string[];
  readonly registration: string;
  readonly sessionId: string;
  /** The activity's type; an assessment when absent. */
  readonly type?: string;
  /** false: a plain xAPI statement without the cmi5 session id, categories and mastery score. */
  readonly cmi5?: boolean;
}

export interface StatementParts {
  readonly verb: VerbName;
  readonly at: number;
  readonly result?: Record<string, unknown>;
  readonly attempt?: number;
}

export function statement(platform: Platform, session: Session, parts: StatementParts, random: Random): XapiStatementJson {
  const cmi5 = session.cmi5 ?? true;
  const scored = parts.verb === 'passed' || parts.verb === 'failed' || parts.verb === 'completed';
  const extensions: Record<string, unknown> = cmi5 ? { [CMI5_SESSION]: session.sessionId } : {};
  if (cmi5 && parts.verb === 'launched') Object.assign(extensions, { [CMI5_MOVE_ON]: 'Passed', [CMI5_MASTERY]: platform.masteryScore });
  if (cmi5 && (parts.verb === 'passed' || parts.verb === 'failed')) extensions[CMI5_MASTERY] = platform.masteryScore;
  if (parts.attempt !== undefined) extensions[platform.attempt] = parts.attempt;
  const grouping = [{ objectType: 'Activity', id: platform.course }, ...session.slo.map((id) => ({ objectType: 'Activity', id }))];
  const category = [{ objectType: 'Activity', id: CMI5_CATEGORY }, ...(scored ? [{ objectType: 'Activity', id: CMI5_MOVEON_CATEGORY }] : [])];
  return {
    id: uuidFrom(random),
    actor: session.actor,
    verb: { id: VERBS[parts.verb], display: { 'nl-NL': parts.verb } },
    object: { objectType: 'Activity', id: session.activity, definition: { type: session.type ?? ASSESSMENT, name: { 'nl-NL': session.title } } },
    ...(parts.result ? { result: parts.result } : {}),
    context: {
      registration: session.registration,
      contextActivities: cmi5 ? { grouping, category } : { grouping },
      extensions,
      platform: platform.name,
    },
    timestamp: new Date(parts.at).toISOString(),
    stored: new Date(parts.at + 1000 + Math.floor(random() * 2000)).toISOString(),
    authority: platform.authority,
    version: '1.0.3',
  };
}

/** A voiding statement by the board's LRS administrator. */
export function voiding(targetId: string, at: number): XapiStatementJson {
  const random = createRandom(at);
  return {
    id: uuidFrom(random),
    actor: { objectType: 'Agent', account: { homePage: 'https://lrs.demo-schoolbestuur.example', name: 'beheerder' } },
    verb: { id: VERBS.voided, display: { 'nl-NL': 'ongeldig gemaakt' } },
    object: { objectType: 'StatementRef', id: targetId },
    timestamp: new Date(at).toISOString(),
    stored: new Date(at + 500).toISOString(),
    authority: KOMPAS_PLATFORM.authority,
    version: '1.0.3',
  };
}

/** "PT12M30S" from seconds. */
export function isoDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `PT${minutes > 0 ? `${minutes}M` : ''}${whole % 60}S`;
}
