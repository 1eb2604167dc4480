import { buildRubric } from './build-rubric';

export const SAMENWERKEN_RUBRIC = buildRubric({
  id: 'samenwerken',
  title: ['Samenwerken', 'Collaborating'],
  description: [
    'Hoe een leerling met anderen aan een taak werkt: afspraken, taken, luisteren en samen terugkijken.',
    'How a pupil works on a task with others: agreements, tasks, listening and looking back together.',
  ],
  targets: { 'groep-5': 'op-weg', 'groep-6': 'op-weg', 'groep-7': 'gevorderd', 'groep-8': 'gevorderd', brugklas: 'gevorderd' },
  criteria: [
    {
      id: 'afspraken',
      title: ['Afspraken maken en nakomen', 'Making and keeping agreements'],
      descriptors: [
        ['Volgt afspraken als de leerkracht eraan herinnert', 'Follows agreements when the teacher reminds them'],
        ['Maakt met de groep afspraken en houdt zich er meestal aan', 'Makes agreements with the group and mostly keeps them'],
        ['Stelt zelf afspraken voor en spreekt anderen er vriendelijk op aan', 'Proposes agreements and kindly holds others to them'],
        [
          'Past afspraken aan als het werk daarom vraagt en betrekt iedereen erbij',
          'Adjusts agreements when the work calls for it and involves everyone',
        ],
      ],
      steps: [
        ['Schrijf samen twee afspraken op en kijk halverwege of ze lukken', 'Write down two agreements together and check halfway whether they work'],
        ['Bedenk zelf een afspraak die de groep helpt', 'Think of an agreement that helps the group'],
        [
          'Kijk na afloop welke afspraak beter kan en stel een nieuwe voor',
          'Afterwards look at which agreement could be better and propose a new one',
        ],
      ],
    },
    {
      id: 'taken',
      title: ['Taken verdelen', 'Sharing tasks'],
      descriptors: [
        ['Doet de taak die hij of zij krijgt', 'Does the task they are given'],
        ['Helpt mee taken te verdelen', 'Helps to divide the tasks'],
        ['Verdeelt taken eerlijk en let op wat iedereen goed kan', 'Shares tasks fairly and considers what everyone is good at'],
        ['Bewaakt de verdeling tijdens het werk en springt bij waar nodig', 'Watches the division during the work and helps out where needed'],
      ],
      steps: [
        ['Kies zelf een taak uit en vertel waarom', 'Choose a task yourself and say why'],
        ['Vraag wie wat goed kan voordat je verdeelt', 'Ask who is good at what before dividing'],
        ['Spreek een moment af om te kijken of de verdeling nog klopt', 'Agree on a moment to check whether the division still works'],
      ],
    },
    {
      id: 'bijdragen',
      title: ['Luisteren en bijdragen', 'Listening and contributing'],
      descriptors: [
        ['Luistert als een ander praat', 'Listens when someone else talks'],
        ['Geeft eigen ideeën en luistert naar die van anderen', 'Gives own ideas and listens to those of others'],
        ['Bouwt voort op ideeën van anderen en vraagt door', 'Builds on the ideas of others and asks further'],
        ['Zorgt dat ieders idee gehoord wordt en helpt tot een keuze te komen', "Makes sure everyone's idea is heard and helps the group decide"],
      ],
      steps: [
        ['Zeg één idee hardop in de groep', 'Say one idea out loud in the group'],
        ['Vat samen wat een ander zei voordat je reageert', 'Summarise what someone said before you respond'],
        ['Vraag de stilste in de groep naar een idee', 'Ask the quietest in the group for an idea'],
      ],
    },
  ],
});
