import { buildLine, type GoalSpec } from './build-line';
import { BOUW_LEVELS } from './levels';

/**
 * SLO computational-thinking offer goals (Aanbodsdoelen, id and duplicate id) per concept and bouw level.
 * The concept assignment is SLO-keyword based (shared/curriculum programming-line.json); the split over
 * ob/mb/bb by the goals' order in SLO's list is our judgement (docs/decisions/003-curriculum-lines.md).
 */
const SLO_GOALS: Record<string, Record<'ob' | 'mb' | 'bb', readonly string[]>> = {
  algoritmes: {
    ob: [
      '9a22fa47-2a5a-4b86-abb0-87d41ebb14dd',
      '9910ef03-6610-4d65-b96e-113a1d718fd1',
      '2a28de2c-b735-42e4-8155-ef48bfe3ee73',
      '3ccf75dc-64fd-481a-84bc-97a4abccc5eb',
      '233024b4-6d7c-43ab-ba63-8d821763e6a2',
      'e3c9aa40-3f3e-487c-9c74-be121de758e0',
      '1518c92a-317b-4d10-aed1-03cd8a500221',
      'a7f32921-5ecb-4c6e-bc34-1c311e84900c',
      '69e0838a-6572-4f99-862f-81f0ea77fa9c',
      'e90a332b-8a11-42e2-93f9-52608490b0c0',
      'cd87828a-f812-476a-95d8-52ca04fc06a2',
      'f6f1ee5b-75f1-4721-99ff-ecb6375ec18c',
      'ba006535-dce1-4579-a7ef-f4ffce118c61',
      'd4a85050-746d-4766-9928-3c1a8fae6d3b',
      'd324b6f7-a67c-41c5-8ab2-927723a222a3',
      'c91cb945-b17e-4026-9a4e-ff6ef3a03231',
      'ea4d03d4-2b3a-4c23-a3d1-9706e97f68d1',
      '041cc2f0-8c1a-40cf-9604-7e74d9b77d57',
    ],
    mb: [
      '27a10e44-5079-4b3d-adb6-e52f5fe575bd',
      '51cba58b-ad47-480a-9fb0-578e67479a37',
      'de32c5fd-8de3-4986-8f0b-309c6dcb9fac',
      '4289fd18-bedc-4270-b13a-277027ffc493',
      '639f6381-be2c-4772-98c0-92bf9bdcfd80',
      'f9597c1f-72fe-47b5-aa40-f9bf7d65ddb4',
      '940155f5-6c2a-4343-bcf6-aee80c0f482d',
      '9a9a1d46-3eb4-47ed-a399-3e7acc7a9cf1',
      'ef4828b2-430b-483e-bc26-8bf2cee1152b',
      '3477e511-03ee-40e1-b4ff-3f0a405280cb',
      '77230062-51ca-4161-ae8a-c5741a353898',
      'c1391d21-f14a-4392-944d-7179e8101a9f',
      '23f9617d-aa2c-4ab0-bf18-88d2d84fbd8e',
      'c132cc86-f0ae-4c61-9280-68ae77dc51f4',
      '98c67610-cde3-4078-a307-e8b95b964cec',
      'b8c10f86-2349-4de3-8596-7c47d29d974d',
      '3f9cdd23-076a-4578-a997-71cfa2481159',
      'b7321b63-8e06-46af-b901-e9300cb84a4b',
    ],
    bb: [
      '40028e4c-01b6-4b15-9910-6e5545b18ae2',
      'b7065281-276a-4dd9-97cd-2cd3ad54535c',
      'eef689c0-e6f5-4ad1-834f-1d90914c9509',
      '1ecb5700-5907-4df0-937a-44b90be63a4c',
      'fd216767-4a05-4dcb-8ed3-fa6bd4d7754a',
      '52c622dc-5d77-403e-b7e9-5939f018ee7f',
      'f6bdf2da-5598-48ba-9f63-32af6ce45323',
      'e1fd28b6-9f03-4a06-a054-27a04d7ad180',
      'e42c16fe-ec9e-48ab-9eb9-56bae0c165e1',
      '4b502005-ad4d-4c53-98c7-0bfa7baa8b94',
      '460510f8-b43e-4243-a41d-792921d1f8fa',
      '103bd5e6-2e85-4fe5-8ff9-7ae4bdd0e95f',
      'a7542350-87f1-47d4-9b55-97294642aede',
      'a2fc0671-1c48-41ed-85c5-bd3e1f3a4adc',
      '7b23db4a-89dd-4550-b585-afa001e68bf0',
      '92edfa2b-291b-4363-9818-c0041cd0ed69',
    ],
  },
  decompositie: {
    ob: [
      '7c80f5f8-d6b7-41f8-bd91-9fdee4553bd4',
      '60ba4b05-6b5f-4b07-b188-8c1a90229255',
      '413a1329-1ac4-47f9-aef3-3327bc095500',
      'f5ae2f91-b649-4f9b-ac3c-887c03d0f8e6',
      '7704931c-2f34-460b-8ec3-ad90aeb9ba4c',
      '628862ab-4cb1-4feb-96d7-c58b799cae5c',
      '50d65ff4-a2a4-46e9-afb8-3e2aa0f3f513',
      'da240bba-acd6-4cb0-b876-c836e5cbd474',
    ],
    mb: [
      '2a28de2c-b735-42e4-8155-ef48bfe3ee73',
      '3ccf75dc-64fd-481a-84bc-97a4abccc5eb',
      '6086550b-1671-4af3-aa4d-d72d5eb646f1',
      '8eae2908-0f79-4364-91f0-e64459fd538c',
      '2c409bca-5c98-4015-a9be-c98b535aeeb7',
      '377f6353-bdc8-4781-a6e4-f6a15c6b768e',
    ],
    bb: [
      'e63c0a56-629c-44a7-867f-471242fa1894',
      'cce44119-caae-4a97-aba2-dffb8ce9daaa',
      'd9de86ea-8be0-4a3b-a54f-78436c1908ce',
      '26f124c2-a18a-4f38-a86e-26ce3c2d6668',
      'e662886b-1369-4c2f-b378-ea7d45e4a170',
      '082f5ce0-325d-4d64-b717-5d3fce7d9dbc',
    ],
  },
  patronen: {
    ob: [
      '775afd7d-4864-436e-a5a5-36a1eb4ec3ba',
      '64e8684b-29cb-4887-ab74-a1b9bd3e4b60',
      'c2a3e2fa-74b5-4dfa-a5a2-723216e35b43',
      '0f404bde-74d0-4d84-b008-1562fdccc398',
      'fddced0f-dfbb-42a3-8ab6-e3a9b630e751',
      'a46289a8-1773-44bb-8c88-205529f9547a',
    ],
    mb: [
      '4a061d67-47e5-4a3e-b614-c122a580ec4e',
      '27a017c8-bc47-4939-85ac-98938ba01aef',
      'e6c30e9f-17c8-4bda-910b-80cd53fc3a3e',
      '55867556-7f7f-4306-a319-13a1e3462cd6',
      'c5637c11-c291-4bce-8076-18bfdb849b1c',
      'f87d1b8b-4f38-4d7a-b23a-85c86f189285',
    ],
    bb: [
      '3814afbf-fb1a-48de-b7c8-be3a5f429dcb',
      '332e9254-a2c0-4780-b5be-4aae4404770c',
      '081c46f5-180f-4bb2-b70b-0fbc473b3dad',
      '3c77313c-2861-43a4-86a1-497b8d77d419',
      '6d42497f-8533-4a64-88cb-c5dff5b2a2c1',
      'e62afc4c-c958-48ae-b43d-a518c4c0dcd4',
    ],
  },
  herhaling: {
    ob: [
      'cd87828a-f812-476a-95d8-52ca04fc06a2',
      'f6f1ee5b-75f1-4721-99ff-ecb6375ec18c',
      '5e1904b6-a887-4be2-a036-7544c329a047',
      'a3f65d8f-7701-4d5a-8e92-63b2f4f21e92',
      '2606286d-c821-4f14-a721-3caa74b29684',
      'b0c69264-176a-4933-9a47-649a0aaec7ac',
    ],
    mb: [
      'd8ec9142-f22a-44bf-b973-1741b332f8a7',
      '58aae81a-1895-423a-a7a1-3df3cba7cd2c',
      '788eb2da-7aed-4cc0-8d79-63bcfaf46401',
      'fe838320-5f09-4da3-ba6c-43de3b3359e0',
    ],
    bb: [
      'e662886b-1369-4c2f-b378-ea7d45e4a170',
      '082f5ce0-325d-4d64-b717-5d3fce7d9dbc',
      '6cc83c3b-4464-4d69-b4ca-ae48bcff68ff',
      '33644e9a-b9ff-41fa-9706-c40bbbb62fac',
    ],
  },
  debuggen: {
    ob: ['d324b6f7-a67c-41c5-8ab2-927723a222a3', 'c91cb945-b17e-4026-9a4e-ff6ef3a03231'],
    mb: ['98c67610-cde3-4078-a307-e8b95b964cec', 'b8c10f86-2349-4de3-8596-7c47d29d974d'],
    bb: ['460510f8-b43e-4243-a41d-792921d1f8fa', '103bd5e6-2e85-4fe5-8ff9-7ae4bdd0e95f'],
  },
  voorwaarden: {
    ob: [],
    mb: ['0e7a8d77-e6eb-495a-aa31-18b831424cfa', '49380fc3-d37a-4e07-a1c4-eaf4b969752f'],
    bb: ['a829c681-db09-4880-8b96-5b6478690558', 'c53d71e8-2801-4331-94fa-f7b3126a758b'],
  },
  abstractie: {
    ob: [
      'e6c30e9f-17c8-4bda-910b-80cd53fc3a3e',
      '55867556-7f7f-4306-a319-13a1e3462cd6',
      '3814afbf-fb1a-48de-b7c8-be3a5f429dcb',
      '332e9254-a2c0-4780-b5be-4aae4404770c',
      '081c46f5-180f-4bb2-b70b-0fbc473b3dad',
      '3c77313c-2861-43a4-86a1-497b8d77d419',
    ],
    mb: [
      '5896c5d7-7e84-4831-9f99-ab09f3e5a8c1',
      '21dc1ba9-e103-4294-b358-06049761295b',
      '7e1f0277-6930-4082-886e-30914371c0b2',
      '02c87a5e-e4d4-4777-a48a-5a3b29a4e558',
      '9b0a116e-a9fc-4288-a739-e875e378138c',
      'cb445006-912e-4b16-a1e5-8e80804aaad6',
    ],
    bb: [
      '911e442b-8b5f-4ac3-9607-9123dc9f4c59',
      '43898290-535d-475f-aa69-c03a7bb235a2',
      'ea9a3ee3-e326-47cb-89fc-3a6ccd994a41',
      'b294a2cb-2d58-4f7f-882e-b6b0bfd14e10',
      '795fef91-4509-4b72-967d-9048ec8ca34c',
      'ab3e13f5-b00a-4fbd-b7f5-ed93ecfcbb58',
    ],
  },
  functies: {
    ob: [],
    mb: ['40028e4c-01b6-4b15-9910-6e5545b18ae2', 'b7065281-276a-4dd9-97cd-2cd3ad54535c'],
    bb: ['f6bdf2da-5598-48ba-9f63-32af6ce45323', 'e1fd28b6-9f03-4a06-a054-27a04d7ad180'],
  },
  variabelen: { ob: [], mb: [], bb: [] },
  representatie: {
    ob: [
      'e6c30e9f-17c8-4bda-910b-80cd53fc3a3e',
      '55867556-7f7f-4306-a319-13a1e3462cd6',
      '2b1c9e04-f803-4455-8333-da90389e46d9',
      '1b4a756f-32ad-43ef-b288-efb9a0eb0286',
      'e71f2393-9bc1-4b97-91cf-57cce3b313aa',
      '8b63df9b-89b3-4363-b1bd-67602c5e2915',
      '1e240769-f672-45b8-8d24-b9d76215b5de',
      'f31da88c-ce16-4bfe-8801-1bb68579668a',
    ],
    mb: [
      'fe0e5076-98fd-4764-858b-6cf0dbe96779',
      '71d4b604-9d2f-4240-a0c6-a5146a7fd0e1',
      'c95ebaed-e78a-47e7-8479-afc8aa31d9fa',
      'b4bd262f-511b-4566-86fe-676a0155ca8c',
      '2ac02827-0c9f-405b-9df4-2a124d8a276f',
      '059457e4-2b61-40fd-ae47-73ae6c3c0a65',
      '443a361e-aa7f-497c-8ff3-23e5b3a846c0',
      '65ae471d-c4b1-4471-b0df-74941caa01eb',
    ],
    bb: [
      '1b51df89-a348-4e94-a0c8-180d47a16e3a',
      'dadb2426-9dbc-4a30-a379-ee879c7dca79',
      'ba006535-dce1-4579-a7ef-f4ffce118c61',
      'd4a85050-746d-4766-9928-3c1a8fae6d3b',
      '23f9617d-aa2c-4ab0-bf18-88d2d84fbd8e',
      'c132cc86-f0ae-4c61-9280-68ae77dc51f4',
    ],
  },
};

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
    return { strand: concept, level, title: { nl, en }, sloIds: SLO_GOALS[concept]?.[level] ?? [] };
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
