import type { Messages } from '../messages';

export const report: Messages['report'] = {
  nav: 'Parent meeting',
  title: 'Report for the parent meeting',
  intro:
    'Choose a group, one pupil or the whole group, and the period. Print, or choose "Save as PDF" when printing: each pupil gets a sheet of their own.',
  open: 'Report for the parent meeting',
  pupil: 'Pupil',
  wholeGroup: 'The whole group (one pupil per sheet)',
  since: 'Growth since',
  print: 'Print or save as PDF',
  loadingPupil: 'Putting the report together…',
  sheetTitle: 'Report for the parent meeting: {{name}}',
  period: 'Period: {{from}} up to {{to}}',
  chart: {
    caption: 'Mastery per learning line of {{name}}: on {{date}} and now',
    from: 'At the start of the period',
    to: 'Now',
  },
  table: {
    label: 'The same numbers as a table',
    caption: 'Level and growth per learning line of {{name}}',
    line: 'Learning line',
    level: 'Level now',
    goals: 'Goals',
    goalsValue: '{{mastered}} of {{total}} mastered',
    growth: 'Growth since {{date}}',
  },
  rubrics: { caption: "The teacher's judgement (rubrics) of {{name}}, against the target" },
  interventions: {
    title: 'Extra help and interventions',
    none: 'No interventions have been recorded for this pupil.',
  },
  sources: {
    title: 'Sources',
    none: 'No results from any source yet.',
    item: '{{source}}: {{count}} results, latest on {{date}}',
  },
  note: { title: "The teacher's note", space: 'Space for a note (to write by hand)' },
};
