/**
 * `npm run check-export -- FILE...`: the app's importers, headless. Loaded by check-export.mjs
 * through Vite's module runner (so '@/...' imports resolve as in the app).
 */
import { goalsBySloId } from '@/curriculum';
import type { GoalId } from '@/domain/ids';
import { checkExport, isUnreadable, type CheckInput, type CheckLine } from '@/adapters/files/check-export';

const resolveSloIds = (uuids: readonly string[]): readonly GoalId[] => [...new Set(uuids.flatMap((uuid) => goalsBySloId(uuid).map((goal) => goal.id)))];

export interface CheckRun {
  readonly lines: readonly CheckLine[];
  /** 0 when every file was read, 2 when one could not be read at all. */
  readonly exitCode: 0 | 2;
}

/** Files that could not even be opened arrive as `{ name, error }`. */
export function run(inputs: readonly (CheckInput | { readonly name: string; readonly error: string })[], now = new Date()): CheckRun {
  const lines = inputs.map((input): CheckLine =>
    'error' in input
      ? { file: input.name, kind: null, accepted: 0, rejected: 0, skipped: 0, reasons: { unreadable: 1 }, unmappedCodes: 0, error: input.error }
      : checkExport(input, { now: now.toISOString(), resolveSloIds }),
  );
  return { lines, exitCode: lines.some(isUnreadable) ? 2 : 0 };
}
