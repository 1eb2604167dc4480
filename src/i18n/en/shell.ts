import type { Messages } from '../messages';

export const shell: Messages['shell'] = {
  menu: { open: 'Menu', label: 'Menu and settings' },
  tabs: {
    label: 'Go to',
    classOverview: 'Class',
    needsHelp: 'Help',
    learningLines: 'Lines',
    rubrics: 'Rubrics',
    report: 'Report',
  },
  search: {
    label: 'Find a pupil in your groups',
    placeholder: "A pupil's name",
    listLabel: 'Pupils found',
    none: 'No pupil found matching "{{query}}".',
    count_one: '{{count}} pupil found.',
    count_other: '{{count}} pupils found.',
    inGroup: '{{name}} ({{group}})',
    loading: 'Loading pupils…',
  },
  firstSync: {
    starting: 'Setting up the demo school: reading pupils and groups…',
    progress: 'Syncing the demo school: {{done}} of {{total}} sources done. Groups and results appear by themselves.',
    label: 'Progress of the first sync',
  },
  tableRegion: 'Table: {{caption}} (scrolls sideways)',
  forRoleTitle: 'For the ICT coordinator only',
};
