/** The group over time on one learning line: median and middle half per week, pupils who need help marked. */
export const overTime = {
  title: '{{group}} over tijd',
  caption: '{{group}} op {{line}}: mediaan en middelste helft van de groep per week, leerlingen die hulp nodig hebben gemarkeerd',
  chartLabel: 'Grafiek: niveau van {{group}} op {{line}} per week',
  intro:
    'Per week het niveau van de groep: de lijn is de mediaan, de band de middelste helft van de leerlingen (van het eerste tot het derde kwart). Elke leerling telt mee met het laatste niveau tot en met die week; wie nog geen resultaat heeft, telt nog niet mee.',
  computing: 'De grafiek wordt berekend: eerst wie er hulp nodig heeft…',
  median: 'Mediaan',
  band: 'Middelste helft',
  marked: 'Heeft hulp nodig',
  tableLabel: 'De cijfers van de grafiek',
  tableCaption: '{{group}} op {{line}} per week',
  week: 'Week van',
  pupils: 'Leerlingen',
  bandValue: '{{low}} tot {{high}}',
  none: '–',
  empty: 'Nog geen resultaten op deze leerlijn voor deze groep (met deze filters).',
  thinned: '{{shown}} van de {{total}} weken getoond, gelijkmatig verdeeld (de eerste en de laatste week staan erbij).',
  unmarked_one: '{{count}} leerling die hulp nodig heeft, staat niet gemarkeerd: de grafiek houdt het bij 500 punten.',
  unmarked_other: '{{count}} leerlingen die hulp nodig hebben, staan niet gemarkeerd: de grafiek houdt het bij 500 punten.',
  markedNote: 'Gemarkeerd: wie Wie heeft hulp nodig noemt voor een doel van deze leerlijn of omdat er al een tijd geen resultaat is.',
} as const;
