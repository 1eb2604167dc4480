import { buildLine, type GoalSpec } from './build-line';
import { SLO_LEVEL } from './levels';

/** SLO leerdoelenkaart Digitale geletterdheid > Computational thinking: the core and its ten sub-cores. */
const CORE = 'b294ee43-754c-4367-9fd8-f80b28e168f8';
const SUB_CORES: ReadonlyArray<
  readonly [slug: string, sloId: string, nl: string, en: string, po: readonly [string, string], vo: readonly [string, string]]
> = [
  [
    'problemen-formuleren',
    '63ad7242-b83f-4b66-aad7-0ff1d447637d',
    'Problemen formuleren',
    'Formulating problems',
    ['Zegt in eigen woorden wat het probleem is', 'Says in their own words what the problem is'],
    ['Formuleert een probleem zo dat een computer kan helpen het op te lossen', 'Formulates a problem so that a computer can help solve it'],
  ],
  [
    'gegevens-verzamelen',
    'a8ab886d-5b6a-49dd-b492-97aa7cdef649',
    'Gegevens verzamelen',
    'Collecting data',
    ['Verzamelt gegevens met een eenvoudige telling of vragenlijst', 'Collects data with a simple count or questionnaire'],
    ['Kiest een geschikte manier om gegevens te verzamelen en legt ze vast', 'Chooses a suitable way to collect data and records it'],
  ],
  [
    'gegevens-analyseren',
    '3ac3c22d-c710-4804-b0e2-f77184dae937',
    'Gegevens analyseren',
    'Analysing data',
    ['Ordent gegevens en ziet wat vaak voorkomt', 'Orders data and sees what occurs often'],
    ['Analyseert gegevens met een spreadsheet en trekt een conclusie', 'Analyses data with a spreadsheet and draws a conclusion'],
  ],
  [
    'gegevens-visualiseren',
    'd3d754bf-d99f-471c-95f4-98a9f97c61c9',
    'Gegevens visualiseren',
    'Visualising data',
    ['Maakt van gegevens een pictogram of staafdiagram', 'Turns data into a pictogram or bar chart'],
    ['Kiest een grafiek die past bij de gegevens en de vraag', 'Chooses a chart that fits the data and the question'],
  ],
  [
    'decompositie',
    'dbeb9de1-e7ee-47c8-8828-b82d1d9040eb',
    'Probleemdecompositie',
    'Decomposition',
    ['Verdeelt een taak in kleinere stappen', 'Splits a task into smaller steps'],
    [
      'Verdeelt een complex probleem in deelproblemen die los op te lossen zijn',
      'Breaks a complex problem into sub-problems that can be solved separately',
    ],
  ],
  [
    'abstractie',
    'd970c7fa-90fa-4343-bcf8-afe77883fe18',
    'Abstractie',
    'Abstraction',
    ['Laat details weg die voor de opdracht niet belangrijk zijn', 'Leaves out details that do not matter for the task'],
    ['Maakt een model dat alleen de belangrijke kenmerken bevat', 'Builds a model that keeps only the important features'],
  ],
  [
    'algoritmes',
    'bb602b25-d00f-42cc-8b46-9d8cd31e2529',
    'Algoritmes en procedures',
    'Algorithms and procedures',
    ['Volgt en maakt een reeks stappen om iets te bereiken', 'Follows and makes a sequence of steps to reach a goal'],
    ['Ontwerpt en vergelijkt algoritmes, ook met herhaling en keuzes', 'Designs and compares algorithms, including loops and choices'],
  ],
  [
    'automatisering',
    'd90e8132-1832-4ac4-aab6-afe374cbdd9d',
    'Automatisering',
    'Automation',
    ['Laat een robot of programma een reeks stappen uitvoeren', 'Has a robot or program carry out a sequence of steps'],
    ['Automatiseert een herhalende taak met een programma', 'Automates a repetitive task with a program'],
  ],
  [
    'simulatie',
    'fb15ed1d-15fa-4bdc-add5-f3772e71103c',
    'Simulatie en modellering',
    'Simulation and modelling',
    ['Speelt een situatie na om te zien wat er gebeurt', 'Acts out a situation to see what happens'],
    ['Gebruikt of maakt een simulatie om een situatie te onderzoeken', 'Uses or builds a simulation to investigate a situation'],
  ],
  [
    'parallellisatie',
    '31785608-53df-41f0-b5ca-bf82627ced43',
    'Parallellisatie',
    'Parallelisation',
    ['Ziet welke taken tegelijk gedaan kunnen worden', 'Sees which tasks can be done at the same time'],
    ['Organiseert taken zo dat ze tegelijk kunnen lopen', 'Organises tasks so that they can run at the same time'],
  ],
];

const goals: GoalSpec[] = SUB_CORES.flatMap(([slug, sloId, , , po, vo]) => [
  { strand: slug, level: 'po', sloIds: [sloId], title: { nl: po[0], en: po[1] } },
  { strand: slug, level: 'vo', sloIds: [sloId], title: { nl: vo[0], en: vo[1] } },
]);

/** Computational thinking from SLO's digital-literacy goal map, for primary and lower secondary. */
export const COMPUTATIONAL_THINKING_LINE = buildLine({
  id: 'ct',
  subject: 'computational-thinking',
  title: { nl: 'Computational thinking', en: 'Computational thinking' },
  description: {
    nl: 'Problemen zo aanpakken dat een computer kan helpen: van gegevens verzamelen tot algoritmes en modellen (SLO-leerdoelenkaart digitale geletterdheid).',
    en: "Tackling problems so a computer can help: from collecting data to algorithms and models (SLO's digital-literacy goal map).",
  },
  levels: [
    { id: 'po', order: 1, label: { nl: 'primair onderwijs', en: 'primary school' }, sloIds: [SLO_LEVEL.po] },
    { id: 'vo', order: 2, label: { nl: 'onderbouw vo', en: 'lower secondary' }, sloIds: [SLO_LEVEL.obVo] },
  ],
  strands: SUB_CORES.map(([slug, sloId, nl, en]) => ({ id: slug, title: { nl, en }, sloIds: [sloId, CORE] })),
  goals,
});
