import { buildRubric } from './build-rubric';

export const CT_PROGRAMMEREN_RUBRIC = buildRubric({
  id: 'ct-programmeren',
  title: ['Computational thinking en programmeren', 'Computational thinking and programming'],
  description: [
    'Hoe een leerling een probleem aanpakt met programmeren, ook buiten het scherm.',
    'How a pupil tackles a problem with programming, also away from the screen.',
  ],
  targets: { 'groep-5': 'op-weg', 'groep-6': 'op-weg', 'groep-7': 'gevorderd', 'groep-8': 'gevorderd', brugklas: 'gevorderd' },
  criteria: [
    {
      id: 'ontleden',
      title: ['Een probleem ontleden', 'Breaking a problem down'],
      goals: ['programmeren.decompositie.mb', 'programmeren.decompositie.bb'],
      descriptors: [
        ['Probeert het hele probleem in één keer', 'Tries the whole problem at once'],
        ['Splitst met hulp een probleem in stappen', 'Splits a problem into steps with help'],
        ['Splitst zelf in deelproblemen en lost ze één voor één op', 'Splits into sub-problems and solves them one by one'],
        ['Kiest een handige verdeling en hergebruikt delen', 'Chooses a smart split and reuses parts'],
      ],
      steps: [
        ['Schrijf de eerste stap op voordat je begint', 'Write down the first step before you start'],
        ['Maak een lijstje van deelproblemen', 'Make a list of sub-problems'],
        ['Zoek delen die je vaker kunt gebruiken', 'Look for parts you can use more than once'],
      ],
    },
    {
      id: 'algoritme',
      title: ['Een algoritme ontwerpen', 'Designing an algorithm'],
      goals: ['programmeren.algoritmes.mb', 'programmeren.algoritmes.bb', 'programmeren.herhaling.bb'],
      descriptors: [
        ['Zet stappen met hulp in volgorde', 'Puts steps in order with help'],
        ['Maakt een werkende reeks stappen', 'Makes a working sequence of steps'],
        ['Gebruikt herhaling en keuzes om korter en slimmer te programmeren', 'Uses loops and choices to program shorter and smarter'],
        ['Vergelijkt oplossingen en kiest de beste', 'Compares solutions and chooses the best'],
      ],
      steps: [
        ['Speel je stappen eerst na zonder computer', 'Act out your steps first without a computer'],
        ['Zoek wat herhaald wordt en gebruik een herhaalblok', 'Find what repeats and use a repeat block'],
        ['Bedenk een tweede oplossing en vergelijk', 'Think of a second solution and compare'],
      ],
    },
    {
      id: 'debuggen',
      title: ['Fouten opsporen', 'Debugging'],
      goals: ['programmeren.debuggen.mb', 'programmeren.debuggen.bb'],
      descriptors: [
        ['Begint opnieuw als het niet werkt', 'Starts over when it does not work'],
        ['Zoekt met hulp waar het misgaat', 'Looks with help for where it goes wrong'],
        ['Test stap voor stap en vindt de fout zelf', 'Tests step by step and finds the bug'],
        ['Voorkomt fouten door tussendoor te testen en legt de fout uit', 'Prevents bugs by testing along the way and explains the bug'],
      ],
      steps: [
        ['Voer je programma langzaam uit en kijk waar het anders gaat', 'Run your program slowly and watch where it differs'],
        ['Test na elke paar stappen', 'Test after every few steps'],
        ['Leg een ander uit welke fout het was en hoe je hem vond', 'Explain to someone which bug it was and how you found it'],
      ],
    },
  ],
});
