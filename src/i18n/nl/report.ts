/** "Rapport voor het oudergesprek": the parent conversation report, per pupil or per group. */
export const report = {
  nav: 'Oudergesprek',
  title: 'Rapport voor het oudergesprek',
  intro:
    'Kies een groep, één leerling of de hele groep, en de periode. Druk af of kies bij afdrukken "Opslaan als PDF": elke leerling komt op een eigen vel.',
  open: 'Rapport voor het oudergesprek',
  pupil: 'Leerling',
  wholeGroup: 'De hele groep (één leerling per vel)',
  since: 'Groei sinds',
  print: 'Afdrukken of opslaan als PDF',
  loadingPupil: 'Rapport wordt samengesteld…',
  sheetTitle: 'Rapport voor het oudergesprek: {{name}}',
  period: 'Periode: {{from}} tot en met {{to}}',
  chart: {
    caption: 'Beheersing per leerlijn van {{name}}: op {{date}} en nu',
    from: 'Aan het begin van de periode',
    to: 'Nu',
  },
  table: {
    label: 'Dezelfde cijfers als tabel',
    caption: 'Niveau en groei per leerlijn van {{name}}',
    line: 'Leerlijn',
    level: 'Niveau nu',
    goals: 'Doelen',
    goalsValue: '{{mastered}} van {{total}} beheerst',
    growth: 'Groei sinds {{date}}',
  },
  rubrics: { caption: 'Oordeel van de leerkracht (rubrics) van {{name}}, tegen het streefniveau' },
  interventions: {
    title: 'Extra hulp en interventies',
    none: 'Er zijn voor deze leerling geen interventies vastgelegd.',
  },
  sources: {
    title: 'Bronnen',
    none: 'Nog geen resultaten uit een bron.',
    item: '{{source}}: {{count}} resultaten, laatste op {{date}}',
  },
  note: { title: 'Notitie van de leerkracht', space: 'Ruimte voor een notitie (met de hand in te vullen)' },
} as const;
