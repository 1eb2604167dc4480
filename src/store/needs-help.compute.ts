import type { NeedsHelpInput } from './class-grid.api';
import { workerQuery } from './class-grid.compute';
import { classGridWorker } from './compute.client';
import { versionOf } from './data-version';
import type { LeerzichtDb } from './db';

/**
 * Not a family of invalidate.ts (EVERY_QUERY_FAMILY): a key names the group's data version and the
 * other inputs by value or identity, so new data (a sync, deleting everything) is a new key and no
 * entry ever needs refreshing. Kept out of the first page's code, which lists the families.
 */
export const needsHelpKeys = {
  all: ['needs-help'] as const,
};

export const needsHelpQueries = {
  /**
   * Wie heeft hulp nodig for one group, computed in the compute worker from the results it reads
   * itself (issue 12 goal 4: the page neither reads nor sends the group's results). Keyed as the class
   * grid is (the data version and the minute in the same places, class-grid.compute.ts): one
   * computation per group, data version and minute, and the list on screen stays while the next
   * version's or minute's is computed.
   */
  view: (db: LeerzichtDb, input: Omit<NeedsHelpInput, 'dbName'>) => {
    const key = [
      ...needsHelpKeys.all,
      db.name,
      input.group,
      input.version,
      input.now,
      JSON.stringify(input.filter),
      input.targetLevels,
      ...[input.pupils, input.lines, input.choices, input.rule, input.judgements].map(versionOf),
    ];
    return workerQuery(key, () => classGridWorker(db).needsHelp({ ...input, dbName: db.name }));
  },
};
