/**
 * The store's schema as earlier versions of LeerzichtDb declared it, for migration tests: a
 * database written by that version is opened with the current one. Each builds on the one before,
 * as db.ts does.
 */
export const V5 = {
  results: 'id, source, pupil, time, *goals, [pupil+time]',
  rejections: 'id, source, at',
  sources: 'id, kind',
  syncStatus: 'source',
  groups: 'id',
  pupils: 'key, &ref, group',
  roster: 'ref, group',
  consents: '[pupil+source], pupil, source',
  settings: 'key',
  assessments: 'id, pupil, rubric, [rubric+pupil], date',
  rubrics: 'id',
  curriculum: 'id, sloId, line',
};

/** v7 and v8 added the interventions and judgements. */
export const V8 = { ...V5, interventions: 'id, pupil, goal, date, batch', judgements: 'id, pupil, goal, date' };

/** v9 added decision 022's count indexes. */
export const V9 = {
  ...V8,
  results: 'id, source, pupil, time, *goals, [pupil+time], [source+goals.length+code]',
  rejections: 'id, source, at, [source+code]',
};

/** v10 added the tallies per source (decision 034) and dropped 022's count index for results. */
export const V10 = {
  ...V9,
  results: 'id, source, pupil, time, *goals, [pupil+time], [source+time]',
  sourceTallies: 'source',
  codeTallies: '[source+code]',
};
