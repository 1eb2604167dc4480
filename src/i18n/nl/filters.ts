/** The filters every view shares: period, source, work form (in the address, kept between pages). */
export const filters = {
  label: 'Welke resultaten tellen mee',
  period: 'Periode',
  periodAll: 'Alle resultaten',
  periodSchoolYear: 'Dit schooljaar',
  periodSince: 'Sinds een datum',
  periodWeeks: 'De laatste weken',
  since: 'Vanaf',
  weeks: 'Aantal weken',
  weeksInvalid: 'Vul een heel aantal weken in, van 1 tot en met 520.',
  sinceInvalid: 'Vul een datum in.',
  source: 'Bron',
  sourceAll: 'Alle bronnen',
  workForm: 'Werkvorm',
  workFormAll: 'Alle werkvormen',
  form: { practice: 'Oefenen', test: 'Toets', instruction: 'Instructie', project: 'Project' },
  problem: {
    period: 'Het adres vraagt om de periode "{{value}}"; die bestaat niet. Alle resultaten tellen mee; kies hierboven een periode.',
    workForm: 'Het adres vraagt om de werkvorm "{{value}}"; die bestaat niet. Alle werkvormen tellen mee; kies hierboven een werkvorm.',
  },
  active: 'Gefilterd: {{what}}.',
  clear: 'Filters wissen',
} as const;
