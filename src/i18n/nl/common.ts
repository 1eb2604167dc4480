export const common = {
  appName: 'Leerzicht',
  tagline: 'Voortgang van je leerlingen over alle leermiddelen heen',
  nav: {
    label: 'Hoofdmenu',
    classOverview: 'Klasoverzicht',
    sources: 'Bronnen',
  },
  language: { label: 'Taal', nl: 'Nederlands', en: 'English' },
  demo: {
    banner: 'Demomodus: een verzonnen school met nagemaakte leveranciers. Vandaag is in de demo {{date}}.',
    starting: 'Demo wordt gestart…',
  },
  loading: 'Laden…',
  error: {
    title: 'Er ging iets mis',
    details: 'Technische details',
    retry: 'Opnieuw proberen',
  },
  pupilPlaceholder: 'Leerling {{number}}',
  unassignedGroup: 'Zonder groep',
  notFound: 'Deze pagina bestaat niet.',
  backHome: 'Naar het klasoverzicht',
  skipToContent: 'Naar de inhoud',
  workForm: { practice: 'oefenen', test: 'toets', instruction: 'instructie', project: 'project' },
  status: { 'not-started': 'niet begonnen', working: 'mee bezig', nearly: 'bijna', mastered: 'beheerst' },
  lines: { rekenen: 'Rekenen', lezen: 'Lezen', programmeren: 'Programmeren' },
} as const;
