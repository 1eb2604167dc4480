import type { GoalResultsInput, GroupContextInput, LineOverTimeInput } from './class-grid.api';
import { classGridKeys, workerQuery } from './class-grid.compute';
import { classGridWorker } from './compute.client';
import { versionOf } from './data-version';
import type { LeerzichtDb } from './db';

/**
 * The learning line's and the pupil profile's parts computed in the compute worker from the group
 * it prepares once per data version (class-grid.api.ts): keyed as the class grid is (the data version
 * and the minute in the same places, class-grid.compute.ts), so new data is a new key and the answer
 * on screen stays while the next version's or minute's is computed.
 */
export const lineViewQueries = {
  /** The group's calibration and priors as data (the profile's and line's contexts are made from it). */
  context: (db: LeerzichtDb, input: Omit<GroupContextInput, 'dbName'>) => {
    const key = [...classGridKeys.all, db.name, input.group, input.version, input.now, 'context'];
    return workerQuery(key, () => classGridWorker(db).groupContext({ ...input, dbName: db.name }));
  },
  /** The group's results behind one goal, for the line's drill-in. */
  goalResults: (db: LeerzichtDb, input: Omit<GoalResultsInput, 'dbName'>) => {
    const key = [...classGridKeys.all, db.name, input.group, input.version, '', 'goal', input.goal, versionOf(input.pupils)];
    return workerQuery(key, () => classGridWorker(db).goalResults({ ...input, dbName: db.name }));
  },
  /** The group on one line week by week. Who needs help follows the version and minute too (its last place). */
  overTime: (db: LeerzichtDb, input: Omit<LineOverTimeInput, 'dbName'>) => {
    const key = [
      ...classGridKeys.all,
      db.name,
      input.group,
      input.version,
      input.now,
      'over-time',
      JSON.stringify(input.filter),
      ...[input.line, input.lines, input.pupils, input.choices, input.needHelp].map(versionOf),
    ];
    return workerQuery(key, () => classGridWorker(db).lineOverTime({ ...input, dbName: db.name }), [key.length - 1]);
  },
};
