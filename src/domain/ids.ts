/**
 * Branded ids. A brand is a compile-time tag only: at run time every id is a string
 * (or a number for PupilKey). Ids are created where data enters (adapters, store) and
 * never parsed for meaning: a PupilRef is an opaque pseudonym (ECK iD shape), shown nowhere.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** The pupil's pseudonym as suppliers know it (an ECK iD in production). Opaque. */
export type PupilRef = Brand<string, 'PupilRef'>;
/** A small local number for a pupil, safe to put in a URL; never leaves the browser. */
export type PupilKey = Brand<number, 'PupilKey'>;
export type GroupId = Brand<string, 'GroupId'>;
export type SourceId = Brand<string, 'SourceId'>;
/** A goal id: the SLO UUID for goals SLO defines, or a project id for the project's own. */
export type GoalId = Brand<string, 'GoalId'>;
export type LineId = Brand<string, 'LineId'>;
export type RubricId = Brand<string, 'RubricId'>;
/** Stable id of a canonical result: derived from source + the source's own record id. */
export type ResultId = Brand<string, 'ResultId'>;

export const pupilRef = (value: string) => value as PupilRef;
export const pupilKey = (value: number) => value as PupilKey;
export const groupId = (value: string) => value as GroupId;
export const sourceId = (value: string) => value as SourceId;
export const goalId = (value: string) => value as GoalId;
export const lineId = (value: string) => value as LineId;
export const rubricId = (value: string) => value as RubricId;

/** The one way to make a ResultId: the same source record always gives the same id. */
export function resultIdOf(source: SourceId, recordId: string): ResultId {
  return `${source}|${recordId}` as ResultId;
}
