import type { Messages } from '../messages';

export const pupilProfile: Messages['pupilProfile'] = {
  back: 'Back to the class overview',
  notFound: 'This pupil does not exist (any more).',
  group: 'Group: {{group}}',
  left: 'This pupil is no longer on the roster.',
  noResults: 'There are no results for this pupil yet.',
  lineTitle: '{{line}}',
  lineSummary: 'Mastery now: {{value}} ({{status}}), {{mastered}} of {{goals}} goals with results mastered.',
  chartCaption: '{{line}}: results of {{name}} over time, per source, with the estimated mastery',
  tableLabel: 'Data as a table',
  trend: 'Estimated mastery',
  shown: '{{shown}} of {{total}} results shown',
  column: { date: 'Date', source: 'Source', goal: 'Goal', workForm: 'Work form', score: 'Score', scaled: 'Scaled', band: 'Supplier norm band' },
  scoreOf: '{{raw}} of {{max}}',
  latest: 'Latest activity per source',
  latestCaption: 'Latest activity of {{name}} per source',
  latestColumn: { source: 'Source', time: 'Latest activity', count: 'Number of results' },
  tooltipBand: '{{source}} norm band: {{band}}',
  yAxis: 'Score (0-100%)',
};
