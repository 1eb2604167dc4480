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
