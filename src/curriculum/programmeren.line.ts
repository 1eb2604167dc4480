import { buildLine, type GoalSpec } from './build-line';
import { BOUW_LEVELS } from './levels';
import { PROGRAMMEREN_SLO_GOALS } from './programmeren.slo-goals';

const CONCEPTS: ReadonlyArray<readonly [string, string, string, ReadonlyArray<readonly [string, string]>]> = [
  [
    'algoritmes',
    'Algoritmes',
    'Algorithms',
    [
      ['Zet plaatjes of stappen van een dagelijkse handeling in de goede volgorde', 'Puts pictures or steps of a daily routine in the right order'],
      [
        'Schrijft een reeks instructies waarmee een ander of een robot een taak uitvoert',
        'Writes a sequence of instructions for another person or a robot to carry out a task',
      ],
      [
        'Ontwerpt een algoritme, vergelijkt het met andere oplossingen en verbetert het',
        'Designs an algorithm, compares it with other solutions and improves it',
      ],
    ],
  ],
  [
    'decompositie',
    'Decompositie',
    'Decomposition',
    [
      ['Verdeelt een klusje in kleinere stappen', 'Splits a small job into smaller steps'],
      ['Splitst een probleem in deelproblemen en lost die één voor één op', 'Breaks a problem into sub-problems and solves them one at a time'],
      [
        'Verdeelt een project in onderdelen die los te bouwen en te testen zijn',
        'Divides a project into parts that can be built and tested separately',
      ],
    ],
  ],
  [
    'patronen',
    'Patronen',
    'Patterns',
    [
      ['Herkent en maakt een patroon van kleuren, vormen of geluiden af', 'Recognises and continues a pattern of colours, shapes or sounds'],
      [
        'Ziet wat steeds terugkomt in opdrachten en gebruikt dat om sneller op te lossen',
        'Sees what recurs in tasks and uses it to solve them faster',
      ],
      ['Herkent een patroon in gegevens en beschrijft het als regel', 'Recognises a pattern in data and describes it as a rule'],
    ],
  ],
  [
    'herhaling',
    'Herhaling',
    'Repetition',
    [
      ['Herkent in een dans of liedje wat steeds herhaald wordt', 'Recognises what is repeated in a dance or song'],
      ['Gebruikt een herhaalblok in plaats van dezelfde stappen steeds opnieuw', 'Uses a repeat block instead of the same steps over and over'],
      ['Gebruikt herhalingen met een teller of een stopvoorwaarde', 'Uses loops with a counter or a stop condition'],
    ],
  ],
  [
    'debuggen',
    'Debuggen',
    'Debugging',
    [
      [
        'Ziet dat een reeks stappen niet klopt en wijst aan waar het misgaat',
        'Notices that a sequence of steps is wrong and points out where it goes wrong',
      ],
      [
        'Zoekt een fout in een programma door stap voor stap te testen en herstelt hem',
        'Finds a bug in a program by testing step by step and fixes it',
      ],
      [
        'Test een programma systematisch, legt uit wat de fout was en voorkomt herhaling',
        'Tests a program systematically, explains the bug and prevents it from recurring',
      ],
    ],
  ],
  [
    'voorwaarden',
    'Voorwaarden',
    'Conditions',
    [
      ['Volgt eenvoudige als-dan-afspraken in spel en klas', 'Follows simple if-then rules in games and the classroom'],
      ['Gebruikt als-dan in een programma om te reageren op wat er gebeurt', 'Uses if-then in a program to react to what happens'],
      ['Combineert voorwaarden met als-dan-anders en en/of', 'Combines conditions with if-then-else and and/or'],
    ],
  ],
  [
    'abstractie',
    'Abstractie',
    'Abstraction',
    [
      ['Beschrijft een voorwerp met alleen de kenmerken die ertoe doen', 'Describes an object using only the features that matter'],
      [
        'Laat details weg om een probleem overzichtelijk te maken, bijvoorbeeld in een schema',
        'Leaves out details to make a problem manageable, for example in a diagram',
      ],
      [
        'Maakt een model van een situatie en legt uit wat het wel en niet laat zien',
        'Builds a model of a situation and explains what it shows and leaves out',
      ],
    ],
  ],
  [
    'functies',
    'Functies',
    'Functions',
    [
      ['Geeft een reeks stappen die vaak terugkomt een naam', 'Gives a frequently used series of steps a name'],
      [
        'Gebruikt een zelfgemaakt blok of functie op meer plekken in een programma',
        'Uses a self-made block or function in several places in a program',
      ],
      [
        'Maakt functies met invoer, zodat één functie in meer situaties werkt',
        'Makes functions with input so that one function works in several situations',
      ],
    ],
  ],
  [
    'variabelen',
    'Variabelen',
    'Variables',
    [
      ['Houdt met turven of een teller bij hoe vaak iets gebeurt', 'Keeps track of how often something happens with tally marks or a counter'],
      ['Gebruikt een variabele als score of teller in een spel', 'Uses a variable as a score or counter in a game'],
      ['Gebruikt variabelen om gegevens te bewaren, te veranderen en te vergelijken', 'Uses variables to store, change and compare data'],
    ],
  ],
  [
    'representatie',
    'Representatie',
    'Representation',
    [
      ['Geeft informatie weer met symbolen, pijlen of plaatjes', 'Shows information with symbols, arrows or pictures'],
      ['Zet gegevens in een tabel of diagram en kiest een passende weergave', 'Puts data in a table or chart and chooses a fitting representation'],
      [
        'Legt uit hoe een computer tekst, beeld en getallen met nullen en enen vastlegt',
        'Explains how a computer stores text, images and numbers as zeros and ones',
      ],
    ],
  ],
];

const LEVELS = ['ob', 'mb', 'bb'] as const;

const goals: GoalSpec[] = CONCEPTS.flatMap(([concept, , , perLevel]) =>
  LEVELS.map((level, index) => {
    const [nl, en] = perLevel[index] ?? ['', ''];
    return { strand: concept, level, title: { nl, en }, sloIds: PROGRAMMEREN_SLO_GOALS[concept]?.[level] ?? [] };
  }),
);

/** The programming learning line for primary school: ten concepts, goals per bouw level. */
export const PROGRAMMEREN_LINE = buildLine({
  id: 'programmeren',
  subject: 'programming',
  title: { nl: 'Programmeren', en: 'Programming' },
  description: {
    nl: 'De leerlijn programmeren voor het primair onderwijs: tien begrippen van computational thinking, met doelen voor onderbouw, middenbouw en bovenbouw.',
    en: 'The programming learning line for primary school: ten computational-thinking concepts, with goals for the lower, middle and upper years.',
  },
  levels: BOUW_LEVELS,
  strands: CONCEPTS.map(([id, nl, en]) => ({ id, title: { nl, en }, sloIds: [] })),
  goals,
});
