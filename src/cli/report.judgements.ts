/**
 * `--judgements FILE` of `npm run report`: the teachers' own judgements, from the app's "Alles
 * exporteren" file (Wat is er opgeslagen: {"format":"leerzicht-export","tables":{"judgements":[...]}})
 * or a plain list of them. Every row is checked; one that is wrong stops the report with the row and
 * the field, never guessed at. Only the judgements table is read: the rest of the export stays unread.
 */
import { z } from 'zod';
import { goalId, pupilRef } from '@/domain/ids';
import { isCalendarDate } from '@/domain/school-day';
import { JUDGE_ROLES, JUDGED_STATUSES, type TeacherJudgement } from '@/domain/teacher-judgement';
import type { Parsed } from './report.options';

const JudgementRow = z.object({
  id: z.string().min(1),
  pupil: z.string().min(1).transform(pupilRef),
  goal: z.string().min(1).transform(goalId),
  status: z.enum(JUDGED_STATUSES),
  date: z.string().refine(isCalendarDate, { message: 'geen datum jjjj-mm-dd' }),
  note: z.string(),
  role: z.enum(JUDGE_ROLES),
  recordedAt: z.string().refine((text) => Number.isFinite(Date.parse(text)), { message: 'geen tijdstip' }),
  replaces: z.string().nullable(),
});

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

export function parseJudgements(json: string, from: string): Parsed<readonly TeacherJudgement[]> {
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return { error: `${from} is geen geldige JSON` };
  }
  const rows = isObject(value) && isObject(value.tables) ? (value.tables.judgements ?? []) : value;
  if (!Array.isArray(rows)) return { error: `${from}: verwacht de export van Wat is er opgeslagen (met tables.judgements) of een lijst oordelen` };
  const judgements: TeacherJudgement[] = [];
  for (const [index, row] of rows.entries()) {
    const parsed = JudgementRow.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { error: `${from}: oordeel ${index + 1}, veld ${String(issue?.path[0] ?? '?')}: ${issue?.message ?? 'klopt niet'}` };
    }
    judgements.push(parsed.data);
  }
  return { value: judgements };
}
