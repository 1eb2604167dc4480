import type { Messages } from '../messages';

export const classOverview: Messages['classOverview'] = {
  title: 'Class overview',
  group: 'Group',
  chooseGroup: 'Choose a group',
  line: 'Learning line',
  allLines: 'All learning lines',
  level: 'Level',
  caption: '{{group}}: mastery per pupil and {{what}}',
  captionLines: 'learning line',
  captionGoals: 'goal of {{line}} ({{level}})',
  pupil: 'Pupil',
  sortBy: 'Sort by {{column}}',
  noGroups: 'There are no groups yet. Import the roster or sync a source.',
  noPupils: 'This group has no pupils.',
  noEvidence: 'no results yet',
  cellLabel: '{{value}} {{status}}',
  legend: 'Legend: the colour and the word show how far a pupil is; the percentage is the estimated mastery (recent results count more).',
  goalsMastered: '{{mastered}} of {{total}} goals mastered',
  openPupil: "View {{name}}'s progress",
  exportCsv: 'Export (CSV)',
  statusColumn: 'status',
};
