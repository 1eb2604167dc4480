import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PupilRef } from '@/domain/ids';
import type { TeacherJudgement } from '@/domain/teacher-judgement';
import type { LeerzichtDb } from './db';
import { useDb } from './db-context';
import { judgementsOfPupil, judgementsOfPupils } from './judgements.repo';

export const judgementKeys = {
  all: ['judgements'] as const,
  ofPupil: (pupil: PupilRef | null) => [...judgementKeys.all, 'pupil', pupil ?? ''] as const,
  ofPupils: (pupils: readonly PupilRef[]) => [...judgementKeys.all, 'pupils', pupils.length, pupils[0] ?? '', pupils.at(-1) ?? ''] as const,
};

export const judgementQueries = {
  ofPupil: (db: LeerzichtDb, pupil: PupilRef | null) =>
    queryOptions({ queryKey: judgementKeys.ofPupil(pupil), queryFn: async () => (pupil ? judgementsOfPupil(db, pupil) : []) }),
  ofPupils: (db: LeerzichtDb, pupils: readonly PupilRef[]) =>
    queryOptions({ queryKey: judgementKeys.ofPupils(pupils), queryFn: () => judgementsOfPupils(db, pupils) }),
};

const NONE: readonly TeacherJudgement[] = [];

/** A pupil's judgements (history included), newest first: for the profile. */
export function usePupilJudgements(pupil: PupilRef | null): { readonly data: readonly TeacherJudgement[]; readonly error: Error | null } {
  const query = useQuery(judgementQueries.ofPupil(useDb(), pupil));
  return { data: query.data ?? NONE, error: query.error };
}

/** The judgements of a group's pupils, newest first: for needs-help. */
export function usePupilsJudgements(pupils: readonly PupilRef[], enabled = true) {
  const query = useQuery({ ...judgementQueries.ofPupils(useDb(), pupils), enabled });
  return { data: query.data ?? NONE, isPending: enabled && query.isPending, error: query.error };
}
