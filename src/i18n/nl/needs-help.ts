export const needsHelp = {
  title: 'Wie heeft hulp nodig',
  intro: 'Leerlingen die nu extra aandacht vragen, met de reden en de doelen. De regel staat hieronder en is aan te passen.',
  methods: 'Beheersing per leerlijn met de methode die de ICT-coördinator koos: {{list}}.',
  group: 'Groep',
  rule: {
    legend: 'Regel',
    explain: 'Wanneer staat een leerling in de lijst?',
    weeks: 'Weken oefenen zonder groei',
    days: 'Schooldagen zonder activiteit',
    summary:
      'Een leerling staat in de lijst als die de laatste {{weeks}} weken op de geoefende doelen tot en met het streefniveau samen minder dan {{kept}} van de groei van de groep bijhield, duidelijk meer dan de ruis in de resultaten verklaart en minder dan wat in de groep gewoon is voor leerlingen die er even goed voor stonden, met een doel onder {{below}} (waar de groei van de groep niet te zien is: minder dan {{growth}} groei en minstens {{behind}} onder wat in de groep gewoon is); als er {{days}} schooldagen (ma t/m vr) geen activiteit is, of langer als de groep maar zelden resultaten heeft; of als die in die weken nog vastloopt op een doel dat minstens {{share}} van de anderen in de groep beheerst. Het groeiverloop van de groep (per leerling en per bron geleerd uit de resultaten van de groep) beslist mee: wie vrijwel zeker minstens de helft van het tempo van de groep bijhield, staat er niet in voor groei of vastlopen; wie vrijwel zeker minder dan de helft bijhield en onder {{below}} staat, wel. Voor groei of vastlopen staat een leerling er alleen in als ook de plaats in de groep dat laat zien (elk resultaat vergeleken met die van de groep bij dezelfde bron en hetzelfde doel): het groeiverloop vindt het waarschijnlijk (minstens 80%) dat die minder dan de helft van het tempo van de groep bijhield, en de leerling zakte minstens zoveel terug als gewoon is in de groep of staat duidelijk onder het midden; of de leerling staat ver achter en het groeiverloop vindt dat minstens even waarschijnlijk als niet, of de leerling zakte ook ver terug. Voor groei of vastlopen ook alleen met genoeg resultaten in die weken: minstens {{results}} van het aantal van de middelste leerling in de groep, want een handvol resultaten zegt nog niets. En alleen als die plaats duidelijk is voor het aantal resultaten: de leerling staat verder onder de middelste leerling van de groep, of zakte verder terug dan die, dan de ruis verklaart; de ruis van elke bron wordt gemeten aan de resultaten van de groep zelf, dus een bron met veel ruis of een leerling met weinig resultaten vraagt meer bewijs. Voor groei alleen met resultaten van vóór die {{weeks}} weken: weinig of net begonnen gegevens zijn geen stilstand.',
  },
  caption: '{{group}}: leerlingen die hulp nodig hebben',
  column: { pupil: 'Leerling', reasons: 'Waarom' },
  none: 'Volgens deze regel heeft nu niemand in {{group}} extra hulp nodig.',
  noPupils: 'Deze groep heeft geen leerlingen.',
  noResults: {
    title: 'Nog geen resultaten',
    intro_one:
      'Van deze leerling is nog geen enkel resultaat binnen, terwijl de groep al oefent. Controleer of de leerling in de methode is gekoppeld: dit zegt iets over de gegevens, niet over het leren.',
    intro_other:
      'Van deze {{count}} leerlingen is nog geen enkel resultaat binnen, terwijl de groep al oefent. Controleer of ze in de methode zijn gekoppeld: dit zegt iets over de gegevens, niet over het leren.',
  },
  quiet: {
    title: 'Geen recente resultaten',
    intro_one:
      'Van deze leerling komen al langer geen resultaten binnen dan in de groep gewoon is. Vraag na of de leerling nog met de methode werkt (ziek, met iets anders bezig, niet meer gekoppeld): alleen ontbrekende gegevens zeggen niets over het leren.',
    intro_other:
      'Van deze {{count}} leerlingen komen al langer geen resultaten binnen dan in de groep gewoon is. Vraag na of ze nog met de methode werken (ziek, met iets anders bezig, niet meer gekoppeld): alleen ontbrekende gegevens zeggen niets over het leren.',
  },
  reason: {
    belowTarget:
      'Onder het streefdoel bij “{{goal}}” ({{line}}): {{value}} na {{weeks}} weken oefenen, groei {{growth}} (beheerst vanaf {{target}}).',
    belowTargetNew:
      'Onder het streefdoel bij “{{goal}}” ({{line}}): {{value}} na {{weeks}} weken oefenen, in die weken voor het eerst geoefend (beheerst vanaf {{target}}).',
    behindGroup: 'Resultaten op dit doel de laatste {{weeks}} weken: {{behind}} onder wat in de groep gewoon is.',
    aheadOfGroup: 'Resultaten op dit doel de laatste {{weeks}} weken: niet onder wat in de groep gewoon is.',
    keptUp: 'Op de doelen die de laatste {{weeks}} weken geoefend zijn samen: {{share}} van de groei van de groep bijgehouden.',
    pace: 'Het groeiverloop van de groep laat zien: de laatste {{weeks}} weken ongeveer {{share}} van het tempo van de groep bijgehouden.',
    inactive: 'Geen activiteit sinds {{date}}: {{days}} schooldagen.',
    neverActive: 'Nog geen enkel resultaat binnen.',
    stuck: 'Loopt vast op “{{goal}}” ({{line}}): {{value}}, terwijl {{share}} van de anderen in de groep dit doel beheerst.',
  },
  groups: {
    title: 'Instructiegroepjes',
    intro:
      'Per leerlijn: leerlingen bij elkaar per zwakste doel op het streefniveau van de groep, 2 tot 8 per groepje; de zwakste leerling eerst. Leerlingen zonder activiteit staan er niet in: met hen eerst even praten.',
    caption: 'Instructiegroepje voor “{{goal}}” ({{line}})',
    numbered: 'Instructiegroepje {{n}} van {{total}} voor “{{goal}}” ({{line}})',
    reasons_one: '{{count}} reden',
    reasons_other: '{{count}} redenen',
    readHint: '(klik om ze te lezen)',
    count: '{{count}} leerlingen',
    none: 'Nog geen groepjes: er is geen doel op het streefniveau dat twee of meer leerlingen nog niet beheersen.',
    leftovers: 'Niet in een groepje (geen ander met hetzelfde zwakke doel)',
  },
} as const;
