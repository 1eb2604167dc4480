import type { Messages } from '../messages';

export const overTime: Messages['overTime'] = {
  title: '{{group}} over time',
  caption: '{{group}} on {{line}}: the group’s median and middle half per week, pupils who need help marked',
  chartLabel: 'Chart: level of {{group}} on {{line}} per week',
  intro:
    'The group’s level per week: the line is the median, the band the middle half of the pupils (first to third quartile). A pupil counts with their latest level up to that week; a pupil without a result yet does not count yet.',
  computing: 'Working out the chart: first who needs help…',
  median: 'Median',
  band: 'Middle half',
  marked: 'Needs help',
  tableLabel: 'The chart’s figures',
  tableCaption: '{{group}} on {{line}} per week',
  week: 'Week of',
  pupils: 'Pupils',
  bandValue: '{{low}} to {{high}}',
  none: '–',
  empty: 'No results on this learning line for this group yet (with these filters).',
  thinned: '{{shown}} of {{total}} weeks shown, evenly spread (the first and the last week included).',
  unmarked_one: '{{count}} pupil who needs help is not marked: the chart keeps to 500 points.',
  unmarked_other: '{{count}} pupils who need help are not marked: the chart keeps to 500 points.',
  markedNote: 'Marked: those Who needs help lists for a goal of this line or because they have had no result for a while.',
};
