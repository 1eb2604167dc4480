/** The app's frame: the header's menu button and the pupil search. */
export const shell = {
  menu: { open: 'Menu', label: 'Menu en instellingen' },
  tabs: {
    label: 'Snel naar',
    classOverview: 'Klas',
    needsHelp: 'Hulp',
    learningLines: 'Leerlijnen',
    rubrics: 'Rubrics',
    report: 'Rapport',
  },
  search: {
    label: 'Zoek een leerling in je groepen',
    placeholder: 'Naam van een leerling',
    listLabel: 'Gevonden leerlingen',
    none: 'Geen leerling gevonden met "{{query}}".',
    count_one: '{{count}} leerling gevonden.',
    count_other: '{{count}} leerlingen gevonden.',
    inGroup: '{{name}} ({{group}})',
    loading: 'Leerlingen worden geladen…',
  },
  firstSync: {
    starting: 'De demoschool wordt klaargezet: leerlingen en groepen worden ingelezen…',
    progress: 'De demoschool wordt gesynchroniseerd: {{done}} van {{total}} bronnen klaar. Groepen en resultaten verschijnen vanzelf.',
    label: 'Voortgang van de eerste synchronisatie',
  },
  tableRegion: 'Tabel: {{caption}} (schuift opzij)',
  forRoleTitle: 'Alleen voor de ICT-coördinator',
} as const;
