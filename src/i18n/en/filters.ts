import type { Messages } from '../messages';

export const filters: Messages['filters'] = {
  label: 'Which results count',
  period: 'Period',
  periodAll: 'All results',
  periodSchoolYear: 'This school year',
  periodSince: 'Since a date',
  periodWeeks: 'The last weeks',
  since: 'From',
  weeks: 'Number of weeks',
  weeksInvalid: 'Enter a whole number of weeks, from 1 to 520.',
  sinceInvalid: 'Enter a date.',
  source: 'Source',
  sourceAll: 'All sources',
  workForm: 'Work form',
  workFormAll: 'All work forms',
  form: { practice: 'Practice', test: 'Test', instruction: 'Instruction', project: 'Project' },
  problem: {
    period: 'The address asks for the period "{{value}}", which does not exist. All results count; choose a period above.',
    workForm: 'The address asks for the work form "{{value}}", which does not exist. All work forms count; choose one above.',
  },
  active: 'Filtered: {{what}}.',
  clear: 'Clear filters',
};
