import { buildLine } from './build-line';
import { SLO_LEVEL } from './levels';

/**
 * Digital basic skills for first-year secondary pupils (brugklas): safe internet use, healthy
 * computing, using a smartphone for learning. Goals carry the SLO goals (id and duplicate id)
 * and the new core-goal elaborations for onderbouw vo that shared/curriculum assigns to each theme.
 */
export const DIGITAL_BASIC_SKILLS_LINE = buildLine({
  id: 'digitaal',
  subject: 'digital-skills',
  title: { nl: 'Digitale basisvaardigheden', en: 'Digital basic skills' },
  description: {
    nl: 'Voor de brugklas: veilig op internet, gezond met schermen omgaan en je smartphone gebruiken om te leren.',
    en: 'For the first year of secondary school: staying safe online, healthy screen use and using your smartphone for learning.',
  },
  levels: [{ id: 'bk', order: 1, label: { nl: 'brugklas', en: 'first year of secondary' }, sloIds: [SLO_LEVEL.obVo] }],
  strands: [
    { id: 'veilig-internet', title: { nl: 'Veilig internetgebruik', en: 'Safe internet use' }, sloIds: [] },
    { id: 'gezond', title: { nl: 'Gezond computergebruik', en: 'Healthy computing' }, sloIds: [] },
    { id: 'smartphone-leren', title: { nl: 'Smartphone inzetten voor leren', en: 'Using a smartphone for learning' }, sloIds: [] },
  ],
  goals: [
    {
      key: '1',
      strand: 'veilig-internet',
      level: 'bk',
      sloIds: ['42dd467e-785c-4448-bf54-6d9f1e26dd91', 'cec7044b-950c-428a-a3ff-e310945de450', '1876ca90-8088-4135-8108-2085f28b1749'],
      title: {
        nl: 'Beschermt eigen gegevens en accounts met sterke wachtwoorden en privacy-instellingen',
        en: 'Protects own data and accounts with strong passwords and privacy settings',
      },
    },
    {
      key: '2',
      strand: 'veilig-internet',
      level: 'bk',
      sloIds: ['201924f9-6ace-4d39-ad30-0ba709711d00', 'f71590ce-c859-4537-8496-66bbc9a52868', '676df672-73d3-4995-b754-9c9c3bf28314'],
      title: {
        nl: 'Herkent phishing, nepnieuws en online risico’s en weet wat te doen',
        en: 'Recognises phishing, fake news and online risks and knows what to do',
      },
    },
    {
      key: '1',
      strand: 'gezond',
      level: 'bk',
      sloIds: ['6fd9be2f-025c-4cf1-9f6a-ee23fd652119', '13f68b49-adc6-464f-ac50-4910ca4df5ba', '744d1676-a8ad-49eb-b2d9-2c64be1b3050'],
      title: { nl: 'Let op houding, ogen en pauzes bij schermgebruik', en: 'Minds posture, eyes and breaks when using screens' },
    },
    {
      key: '2',
      strand: 'gezond',
      level: 'bk',
      sloIds: [
        '951ca692-4843-4223-bdb5-274f9fd9f7a3',
        '7d4f08cb-9867-44dc-aea2-c6006c485aea',
        '31d99cf9-3a42-4305-97c3-c617b7a0b549',
        '56f30fac-7021-4e0e-afcd-3c351b887b36',
      ],
      title: {
        nl: 'Merkt hoe schermgebruik slaap en stemming beïnvloedt en maakt afspraken met zichzelf',
        en: 'Notices how screen use affects sleep and mood and sets own limits',
      },
    },
    {
      key: '1',
      strand: 'smartphone-leren',
      level: 'bk',
      sloIds: ['49940d23-9ae2-4954-ab71-4c2478662843', '564c7f0a-b084-4a90-9f2a-b8d5419c4765', 'ce849ecf-02e3-49ee-b369-11f897d7cadd'],
      title: {
        nl: 'Gebruikt de smartphone voor agenda, taken en samenwerken op school',
        en: 'Uses the smartphone for planner, tasks and collaboration at school',
      },
    },
    {
      key: '2',
      strand: 'smartphone-leren',
      level: 'bk',
      sloIds: [
        '0cfdec0a-37de-4a2c-8fe3-dce1c6b37b2e',
        '6028742c-92c9-4a6a-b6c7-36fdc85809f3',
        '3e987cc8-7e03-47fa-bb48-7b2fd459ef3f',
        'dbaa0ccb-47d6-4344-9c87-5661cfd592c2',
      ],
      title: {
        nl: 'Zoekt en bewaart lesstof met apps en schakelt afleiding bewust uit',
        en: 'Finds and keeps study material with apps and deliberately switches off distractions',
      },
    },
  ],
});
