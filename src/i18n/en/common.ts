import type { Messages } from '../messages';

export const common: Messages['common'] = {
  appName: 'Leerzicht',
  tagline: "Your pupils' progress across all learning materials",
  nav: {
    label: 'Main menu',
    classOverview: 'Class overview',
    privacy: 'Pupils and privacy',
    learningLines: 'Learning lines',
    storedData: 'What is stored',
    rubrics: 'Rubrics',
    needsHelp: 'Who needs help',
    sources: 'Sources',
  },
  language: { label: 'Language', nl: 'Nederlands', en: 'English' },
  demo: {
    label: 'Demo mode',
    banner: 'Demo mode: a made-up school with mocked suppliers. Today in the demo is {{date}}.',
    starting: 'Starting the demo…',
    dataLabel: 'Demo data',
    loading: 'The demo school is syncing with the mocked suppliers…',
    ready: 'The demo data is ready.',
  },
  loading: 'Loading…',
  loadingPage: 'Loading the page…',
  pageLoadFailed: 'This page could not be loaded. Perhaps a new version of Leerzicht was just released: reload the page.',
  pageFailed:
    'This page could not be shown; the rest of Leerzicht still works. Reload the page. If it happens again, ask the ICT coordinator to check "What is stored" for data that is not right.',
  reload: 'Reload the page',
  skippedResults_one:
    '{{count}} stored result could not be read (an impossible date or score, for instance) and was left out; the rest is shown below. Ask the ICT coordinator to sync the source again.',
  skippedResults_other:
    '{{count}} stored results could not be read (an impossible date or score, for instance) and were left out; the rest is shown below. Ask the ICT coordinator to sync the source again.',
  error: {
    title: 'Something went wrong',
    details: 'Technical details',
    retry: 'Try again',
  },
  pupilPlaceholder: 'Pupil {{number}}',
  unassignedGroup: 'No group',
  groupPlaceholder: 'Group {{n}}',
  notFound: 'This page does not exist.',
  backHome: 'To the class overview',
  skipToContent: 'Skip to content',
  workForm: { practice: 'practice', test: 'test', instruction: 'instruction', project: 'project' },
  status: { 'not-started': 'not started', working: 'working on it', nearly: 'nearly', mastered: 'mastered' },
  lines: { rekenen: 'Arithmetic', lezen: 'Reading', programmeren: 'Programming', ct: 'Computational thinking', digitaal: 'Digital basic skills' },
};
