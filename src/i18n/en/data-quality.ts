import type { Messages } from '../messages';

export const dataQuality: Messages['dataQuality'] = {
  title: 'Data quality',
  intro:
    'How current and complete the data behind the overviews is: which source has not synced for too long, which pupils have no data, what was reported twice and where sources contradict each other.',
  freshness: {
    caption: 'Freshness per source',
    source: 'Source',
    lastSuccess: 'Last successful sync',
    state: 'Status',
    rejected: 'Rejected records',
    never: 'never succeeded',
    fresh: 'Current',
    stale: 'Out of date',
    staleHelp: '{{days}} days ago; usually within {{limit}} days',
    neverState: 'No data yet',
    rejectedLink: '{{n}} rejected: reasons under {{name}}',
    none: 'none',
  },
  group: 'Group',
  period: { label: 'Period', 'last-6': 'Last 6 weeks', 'last-12': 'Last 12 weeks', 'school-year': 'This school year' },
  coverage: {
    title: 'Coverage',
    caption: '{{group}}: pupils with results per learning line and source ({{period}})',
    line: 'Learning line',
    withData: 'Pupils with data',
    withDataValue: '{{n}} of {{total}}',
    bySource: 'Per source',
    sourceCount: '{{name}}: {{n}}',
    without: 'Without data',
    noData: 'no data',
    nobody: '–',
    allWithout: 'no data: no pupil has results on this line',
  },
  duplicates: {
    title: 'Reported twice',
    none: 'No double reports in {{group}}.',
    summary_one:
      'In {{group}}, {{count}} result is a second report of the same attempt (same pupil, goal and score, within a minute) and counts once.',
    summary_other:
      'In {{group}}, {{count}} results are a second report of the same attempt (same pupil, goal and score, within a minute) and count once.',
    bySource: 'Per source that sent the second report: {{list}}.',
  },
  conflicts: {
    title: 'Sources that contradict each other',
    help: 'A pupil is listed when two sources are far apart on the same goal (at least {{gap}} percentage points, each with at least two results). Check which source matches what you see in class.',
    none: 'No contradicting sources in {{group}} in this period.',
    caption: '{{group}}: pupils whose sources contradict each other',
    pupil: 'Pupil',
    goal: 'Goal',
    high: 'Highest source',
    low: 'Lowest source',
    value: '{{source}}: {{value}} ({{n}} results)',
    more: 'And {{n}} more.',
  },
  badge: {
    conflict: 'Sources contradict each other: {{high}} against {{low}}.',
  },
};
