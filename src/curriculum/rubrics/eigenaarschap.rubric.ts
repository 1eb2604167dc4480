import { buildRubric } from './build-rubric';

/** "The pupil owns their learning": plan, monitor, reflect, ask for help. */
export const EIGENAARSCHAP_RUBRIC = buildRubric({
  id: 'eigenaarschap',
  title: ['Eigenaar van je leerproces', 'Owning your learning process'],
  description: [
    'Hoe een leerling het eigen leren stuurt: plannen, bewaken, terugkijken en hulp vragen.',
    'How a pupil steers their own learning: planning, monitoring, reflecting and asking for help.',
  ],
  targets: { 'groep-5': 'op-weg', 'groep-6': 'op-weg', 'groep-7': 'gevorderd', 'groep-8': 'gevorderd', brugklas: 'gevorderd' },
  criteria: [
    {
      id: 'plannen',
      title: ['Plannen', 'Planning'],
      descriptors: [
        ['Begint aan het werk als de leerkracht zegt wat eerst moet', 'Starts work when the teacher says what comes first'],
        ['Kiest met hulp een doel en de volgorde van het werk', 'Chooses a goal and the order of the work with help'],
        ['Stelt zelf een haalbaar doel en een planning voor de week', 'Sets a feasible goal and a plan for the week'],
        ['Plant ook langere taken en houdt rekening met wat lastig is', 'Also plans longer tasks and allows for what is hard'],
      ],
      steps: [
        ['Kies elke ochtend één taak die je eerst doet', 'Each morning choose one task to do first'],
        ['Schrijf je doel voor deze week op je weektaak', 'Write your goal for this week on your weekly task'],
        ['Verdeel een grote taak in stukken over meer dagen', 'Split a big task into parts over several days'],
      ],
    },
    {
      id: 'bewaken',
      title: ['Bewaken', 'Monitoring'],
      descriptors: [
        ['Weet na afloop niet goed hoe het ging', 'Does not really know afterwards how it went'],
        ['Kijkt met hulp of het werk af is en klopt', 'Checks with help whether the work is finished and correct'],
        ['Houdt zelf bij hoe het gaat en past de aanpak aan', 'Keeps track of progress and adjusts the approach'],
        ['Gebruikt eigen resultaten om te zien waar oefening nodig is', 'Uses own results to see where practice is needed'],
      ],
      steps: [
        ['Zet een vinkje bij elke taak die af is', 'Tick every task that is done'],
        ['Kijk halverwege: lig ik op schema?', 'Check halfway: am I on schedule?'],
        ['Bekijk je resultaten en kies wat je gaat oefenen', 'Look at your results and choose what to practise'],
      ],
    },
    {
      id: 'reflecteren',
      title: ['Terugkijken', 'Reflecting'],
      descriptors: [
        ['Zegt of het leuk of moeilijk was', 'Says whether it was fun or hard'],
        ['Vertelt wat goed ging en wat niet', 'Tells what went well and what did not'],
        [
          'Legt uit waardoor iets lukte of niet en wat hij of zij anders doet',
          'Explains why something worked or not and what they will do differently',
        ],
        ['Trekt lessen die ook bij andere vakken helpen', 'Draws lessons that also help in other subjects'],
      ],
      steps: [
        ['Noem na de les één ding dat goed ging', 'After the lesson name one thing that went well'],
        ['Zoek bij iets wat niet lukte de oorzaak', 'For something that did not work, look for the cause'],
        ['Bedenk waar je deze les nog meer kunt gebruiken', 'Think where else you can use this lesson'],
      ],
    },
    {
      id: 'hulp',
      title: ['Hulp vragen', 'Asking for help'],
      descriptors: [
        ['Wacht tot iemand helpt of stopt', 'Waits for someone to help, or stops'],
        ['Vraagt hulp als het vastloopt', 'Asks for help when stuck'],
        ['Probeert eerst zelf en vraagt dan gericht hulp', 'Tries first and then asks for specific help'],
        ['Kiest wie of wat het best kan helpen en helpt zelf ook anderen', 'Chooses who or what can help best and helps others too'],
      ],
      steps: [
        ['Steek je hand op of gebruik het hulpkaartje als je vastzit', 'Raise your hand or use the help card when stuck'],
        ['Probeer eerst twee dingen zelf voor je hulp vraagt', 'Try two things yourself before asking for help'],
        ['Vertel precies waar je vastzit als je hulp vraagt', 'Say exactly where you are stuck when asking for help'],
      ],
    },
  ],
});
