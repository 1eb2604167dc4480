import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SloFile } from '@/curriculum/slo-import';
import { curriculumKeys } from './curriculum.queries';
import { importSloFile } from './slo-import.repo';
import { useDb } from './db-context';
import { invalidate } from './invalidate';

/** Saves a read SLO file and refreshes every view of the curriculum. */
export function useImportSloFile() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, now }: { file: SloFile; now: Date }) => importSloFile(db, file, now),
    onSuccess: () => invalidate(client, [curriculumKeys.all]),
  });
}
