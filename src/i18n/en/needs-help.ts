import type { Messages } from '../messages';

export const needsHelp: Messages['needsHelp'] = {
  title: 'Who needs help',
  intro: 'Pupils who need extra attention now, with the reason and the goals. The rule is shown below and can be adjusted.',
  methods: 'Mastery per learning line with the method the ICT coordinator chose: {{list}}.',
  group: 'Group',
  rule: {
    legend: 'Rule',
    explain: 'When is a pupil listed?',
    weeks: 'Weeks of practice without growth',
    days: 'School days without activity',
    summary:
      'A pupil is listed when, over the last {{weeks}} weeks, on the goals up to the target level practised in them together, they kept up with less than {{kept}} of the group’s growth, clearly more than the noise in the results explains and less than is usual in the group for pupils who stood where they stood, with a goal below {{below}} (where the group’s growth cannot be told: growing less than {{growth}} and at least {{behind}} below what is usual in the group); when there has been no activity for {{days}} school days (Mon-Fri), or longer when the group’s results come in only rarely; or when, in those weeks, they are still stuck on a goal that at least {{share}} of the others in the group master. The group’s course model (learnt per pupil and per source from the group’s results) has a say too: a pupil it is almost sure kept at least half of the group’s pace is not listed for growth or being stuck; one it is almost sure kept less than half, below {{below}}, is. A pupil is listed for growth or being stuck only when their place in the group shows it too (each result compared with the group’s from the same source on the same goal): the course model finds it likely (at least 80%) that they kept less than half of the group’s pace, and they fell back at least as far as is usual in the group or stand clearly below its middle; or they stand far behind and the course model finds it at least as likely as not, or they also fell far back. For growth or being stuck also only with enough results in those weeks: at least {{results}} of the number the group’s middle pupil has, as a handful of results says nothing yet. And only when that place is clear for the number of results: the pupil stands further below the group’s middle pupil, or fell back further than them, than the noise explains; each source’s noise is measured from the group’s own results, so a noisy source or a pupil with few results asks for more evidence. For growth only with results from before those {{weeks}} weeks: sparse or newly started data are not a stall.',
  },
  caption: '{{group}}: pupils who need help',
  column: { pupil: 'Pupil', reasons: 'Why' },
  none: 'By this rule nobody in {{group}} needs extra help right now.',
  noPupils: 'This group has no pupils.',
  noResults: {
    title: 'No results yet',
    intro_one:
      'Not a single result of this pupil has come in, while the group is practising. Check that the pupil is linked in the tool: this is about the data, not about learning.',
    intro_other:
      'Not a single result of these {{count}} pupils has come in, while the group is practising. Check that they are linked in the tool: this is about the data, not about learning.',
  },
  quiet: {
    title: 'No recent results',
    intro_one:
      'No results of this pupil have come in for longer than is usual in the group. Check whether the pupil still works with the tool (ill, busy with something else, no longer linked): missing data alone say nothing about learning.',
    intro_other:
      'No results of these {{count}} pupils have come in for longer than is usual in the group. Check whether they still work with the tool (ill, busy with something else, no longer linked): missing data alone say nothing about learning.',
  },
  reason: {
    belowTarget:
      'Below the target on “{{goal}}” ({{line}}): {{value}} after {{weeks}} weeks of practice, growth {{growth}} (mastered from {{target}}).',
    belowTargetNew:
      'Below the target on “{{goal}}” ({{line}}): {{value}} after {{weeks}} weeks of practice, first practised in those weeks (mastered from {{target}}).',
    behindGroup: 'Results on this goal in the last {{weeks}} weeks: {{behind}} below what is usual in the group.',
    aheadOfGroup: 'Results on this goal in the last {{weeks}} weeks: not below what is usual in the group.',
    keptUp: 'On the goals practised in the last {{weeks}} weeks together: kept up with {{share}} of the group’s growth.',
    pace: 'The group’s course model shows: about {{share}} of the group’s pace kept over the last {{weeks}} weeks.',
    inactive: 'No activity since {{date}}: {{days}} school days.',
    neverActive: 'No results yet.',
    stuck: 'Stuck on “{{goal}}” ({{line}}): {{value}}, while {{share}} of the others in the group master this goal.',
  },
  groups: {
    title: 'Instruction groups',
    intro:
      'Per learning line: pupils brought together by their weakest goal at the group’s target level, 2 to 8 per group; the weakest pupil first. Pupils without activity are left out: talk with them first.',
    caption: 'Instruction group for “{{goal}}” ({{line}})',
    numbered: 'Instruction group {{n}} of {{total}} for “{{goal}}” ({{line}})',
    reasons_one: '{{count}} reason',
    reasons_other: '{{count}} reasons',
    readHint: '(click to read them)',
    count: '{{count}} pupils',
    none: 'No groups yet: there is no goal at the target level that two or more pupils have not mastered.',
    leftovers: 'Not in a group (nobody else with the same weak goal)',
  },
};
