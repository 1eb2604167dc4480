import { buildRubric } from './build-rubric';

export const DIGITALE_BASISVAARDIGHEDEN_RUBRIC = buildRubric({
  id: 'digitale-basisvaardigheden',
  title: ['Digitale basisvaardigheden', 'Digital basic skills'],
  description: [
    'Voor de brugklas: veilig online, gezond met schermen en de smartphone als leerhulp.',
    'For the first year of secondary school: safe online, healthy with screens and the smartphone as a learning aid.',
  ],
  targets: { brugklas: 'gevorderd' },
  criteria: [
    {
      id: 'veilig-online',
      title: ['Veilig online', 'Safe online'],
      goals: ['digitaal.veilig-internet.1', 'digitaal.veilig-internet.2'],
      descriptors: [
        ['Deelt gegevens zonder erbij na te denken', 'Shares data without thinking about it'],
        ['Gebruikt een wachtwoord en weet dat niet alles online klopt', 'Uses a password and knows not everything online is true'],
        ['Gebruikt sterke wachtwoorden, stelt privacy in en herkent phishing', 'Uses strong passwords, sets privacy and recognises phishing'],
        [
          'Helpt anderen veilig online te zijn en weet wat te doen bij problemen',
          'Helps others stay safe online and knows what to do when things go wrong',
        ],
      ],
      steps: [
        ['Maak een wachtwoord van drie woorden', 'Make a password of three words'],
        ['Loop de privacy-instellingen van je apps na', 'Go through the privacy settings of your apps'],
        ['Laat een klasgenoot zien hoe je phishing herkent', 'Show a classmate how to recognise phishing'],
      ],
    },
    {
      id: 'gezond',
      title: ['Gezond schermgebruik', 'Healthy screen use'],
      goals: ['digitaal.gezond.1', 'digitaal.gezond.2'],
      descriptors: [
        ['Zit lang achter een scherm zonder pauze', 'Sits at a screen for long without a break'],
        ['Neemt pauzes als iemand eraan herinnert', 'Takes breaks when reminded'],
        ['Let zelf op houding, ogen en pauzes', 'Minds posture, eyes and breaks'],
        ['Maakt eigen afspraken over schermtijd en houdt zich eraan', 'Sets own screen-time limits and keeps them'],
      ],
      steps: [
        ['Zet een pauzewekker voor elke 30 minuten', 'Set a break alarm for every 30 minutes'],
        ['Check je houding aan het begin van elke les', 'Check your posture at the start of every lesson'],
        ['Houd een week je schermtijd bij en maak een afspraak', 'Track your screen time for a week and set a limit'],
      ],
    },
    {
      id: 'smartphone-leren',
      title: ['Smartphone als leerhulp', 'Smartphone as a learning aid'],
      goals: ['digitaal.smartphone-leren.1', 'digitaal.smartphone-leren.2'],
      descriptors: [
        ['Gebruikt de telefoon vooral voor afleiding', 'Uses the phone mostly for distraction'],
        ['Gebruikt de agenda-app met hulp', 'Uses the planner app with help'],
        ['Gebruikt apps om te plannen, te leren en samen te werken', 'Uses apps to plan, learn and collaborate'],
        ['Kiest zelf de beste app voor een taak en schakelt afleiding uit', 'Chooses the best app for a task and switches off distractions'],
      ],
      steps: [
        ['Zet je huiswerk in de agenda-app', 'Put your homework in the planner app'],
        ['Gebruik een app om woordjes of begrippen te oefenen', 'Use an app to practise words or concepts'],
        ['Zet meldingen uit tijdens het leren', 'Turn off notifications while studying'],
      ],
    },
  ],
});
