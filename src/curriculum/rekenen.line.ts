import { buildLine } from './build-line';
import { REFERENCE_LEVELS } from './levels';

/**
 * SLO referentiekader rekenen per domain: the domain id, its three subdomains (notatie, taal en
 * betekenis; met elkaar in verband brengen; gebruiken) and their nine topics (paraat hebben,
 * functioneel gebruiken, weten waarom for each subdomain). The topics are kinds of knowing, not
 * levels, so every level of a strand stands for all of them (docs/decisions/003-curriculum-lines.md).
 */
const DOMAIN = {
  getallen: [
    'cbe5831f-4031-464d-9f9b-ea9d3c2f324e',
    '897ef51d-f217-422b-88ef-cd3084e1e909',
    '85aa7940-b629-4d48-b068-984b2d85dc58',
    'ef666d6f-2028-4e97-8e59-0fd229e741fc',
  ],
  verhoudingen: [
    '8c519ad9-c040-4560-ab9b-c96caf64d75b',
    'dd4b124b-72d2-4f7e-97f0-ac093b7e72fa',
    '7f508269-4698-4da3-b340-694cc8efd86e',
    '52f7f7af-32c7-41cc-bfc8-67de7228e92d',
  ],
  'meten-meetkunde': [
    '7c8b9edd-ab95-4d54-8bbd-ed2c1bd3d420',
    '09db7417-6094-461c-b51f-3f0e3cf71b79',
    '327b83cd-f1d5-4c71-88e3-0c82771cf86c',
    '491b4d39-c4de-4704-960a-24636aab91f2',
  ],
  verbanden: [
    '4ee30484-ecec-45b7-9fad-81fcb021ca93',
    'e5222936-f71a-463e-8042-eec9035c85e2',
    'b6af6266-a675-4fe1-974e-8f4c4f75c4f5',
    '957b9c7e-56c9-43b7-b523-0c30aaff8fb2',
  ],
} as const;

const TOPICS: Record<keyof typeof DOMAIN, readonly string[]> = {
  getallen: [
    'fffa3793-e0b1-4d09-a602-1124ecd5a751',
    '0743bf87-de04-4012-9214-38871be9ebcb',
    '608a8b0b-b1ab-4fc0-a4d3-5f2cf7e2d62a',
    '60ab8a70-9bbd-4e52-b562-a5397eb762fa',
    'da187838-373d-4587-a356-e84a68649858',
    '23077bef-7886-4628-9564-c1bcd536de6b',
    'a52e6a0b-5ba0-46a9-bbfe-6137aee2fb1b',
    'ad8ac917-b98c-4d38-bcff-c89cb4683411',
    'a6228545-098c-466a-896b-4ee76e728471',
  ],
  verhoudingen: [
    'cc050bba-734a-4e52-bc2d-f752f9267416',
    'e93e0f43-adf4-4f6d-bfb3-e1b261d50f2f',
    'd6abdc0c-4514-4f17-98bd-c128040eb76e',
    '98f11de6-35af-4a6d-bdb2-318b8f159604',
    '257d0e82-558e-49c9-9f49-5cda74c71afb',
    'cb5f894e-b7db-4a0a-8b62-8e7120eedbd5',
    'db059499-ec54-41cd-aecb-8a0ee3b469aa',
    '5457cc06-0746-4c80-8f78-9aeaae2724cf',
    '4766bbef-343a-47e1-968b-20f2a7c66ef9',
  ],
  'meten-meetkunde': [
    '4cf2fc91-6567-4fe5-bc48-eb8fb0cbb652',
    '1d653710-832b-4fce-af7d-e71e193b51d7',
    '3e37f228-6bc5-46b4-aec9-7aea02206fe3',
    '4487ceba-faf8-4491-b518-9331ee117946',
    '858daf18-f704-4ff7-a6de-d0cb82f2ff70',
    'b2fbce01-9157-4f16-8cc8-2860b9ea28a6',
    'e50f795b-e56d-4bc2-9c68-cb770360ec4b',
    '19534814-27ba-4687-b322-bb3abf3e90e9',
    'fb6d555f-5308-4381-be4e-9d1973475cbc',
  ],
  verbanden: [
    '1f038e86-8ee6-47d9-bbb8-8b947f34b59d',
    '5dc8f9ee-005c-4e53-92bb-4c5c42c4e245',
    'a5c195d1-c96c-416b-b29a-92df67f654e6',
    '604673ba-21fe-49c6-a180-b2f91e9bf0bd',
    'c8429dcb-2865-43ec-8004-97bd59b5c60d',
    '43f78719-ba99-4c7b-b3ac-b0defd4c849c',
    '47977310-f038-40b1-ae96-2cd89649c052',
    '70342a96-9684-4e91-bed7-ca258b94c9a2',
    '3f0b0fa1-57be-4a2c-89ae-dac3b21b0561',
  ],
};

/** What a goal of the strand carries: the domain, its subdomains, then their topics. */
const idsOf = (strand: keyof typeof DOMAIN): readonly string[] => [...DOMAIN[strand], ...TOPICS[strand]];

export const REKENEN_LINE = buildLine({
  id: 'rekenen',
  subject: 'arithmetic',
  title: { nl: 'Rekenen', en: 'Arithmetic' },
  description: {
    nl: 'Rekenen langs de referentieniveaus: 1F is de basis aan het eind van groep 8, 2F de basis aan het eind van het vmbo, 1S het streefniveau voor groep 8.',
    en: 'Arithmetic along the national reference levels: 1F is the foundation at the end of groep 8, 2F the foundation at the end of pre-vocational school, 1S the target level for groep 8.',
  },
  levels: REFERENCE_LEVELS,
  strands: [
    { id: 'getallen', title: { nl: 'Getallen', en: 'Numbers' }, sloIds: [DOMAIN.getallen[0]] },
    { id: 'verhoudingen', title: { nl: 'Verhoudingen', en: 'Ratios' }, sloIds: [DOMAIN.verhoudingen[0]] },
    { id: 'meten-meetkunde', title: { nl: 'Meten en meetkunde', en: 'Measurement and geometry' }, sloIds: [DOMAIN['meten-meetkunde'][0]] },
    { id: 'verbanden', title: { nl: 'Verbanden', en: 'Relations' }, sloIds: [DOMAIN.verbanden[0]] },
  ],
  goals: [
    {
      strand: 'getallen',
      level: '1f',
      sloIds: idsOf('getallen'),
      title: {
        nl: 'Rekent vlot met hele getallen en eenvoudige kommagetallen in alledaagse situaties',
        en: 'Calculates fluently with whole numbers and simple decimals in everyday situations',
      },
    },
    {
      strand: 'getallen',
      level: '2f',
      sloIds: idsOf('getallen'),
      title: {
        nl: 'Rekent met negatieve getallen, grote getallen en kommagetallen, ook in stappen',
        en: 'Calculates with negative numbers, large numbers and decimals, also in several steps',
      },
    },
    {
      strand: 'getallen',
      level: '1s',
      sloIds: idsOf('getallen'),
      title: {
        nl: 'Redeneert over getallen en bewerkingen en kiest zelf een handige rekenwijze',
        en: 'Reasons about numbers and operations and chooses a smart strategy',
      },
    },
    {
      strand: 'verhoudingen',
      level: '1f',
      sloIds: idsOf('verhoudingen'),
      title: {
        nl: 'Werkt met eenvoudige breuken, procenten en verhoudingen uit het dagelijks leven',
        en: 'Works with simple fractions, percentages and ratios from daily life',
      },
    },
    {
      strand: 'verhoudingen',
      level: '2f',
      sloIds: idsOf('verhoudingen'),
      title: {
        nl: 'Rekent met breuken, procenten en verhoudingstabellen en zet ze in elkaar om',
        en: 'Calculates with fractions, percentages and ratio tables and converts between them',
      },
    },
    {
      strand: 'verhoudingen',
      level: '1s',
      sloIds: idsOf('verhoudingen'),
      title: {
        nl: 'Vergelijkt verhoudingen en redeneert met procenten en breuken in nieuwe situaties',
        en: 'Compares ratios and reasons with percentages and fractions in new situations',
      },
    },
    {
      strand: 'meten-meetkunde',
      level: '1f',
      sloIds: idsOf('meten-meetkunde'),
      title: {
        nl: 'Meet en schat lengte, gewicht, inhoud en tijd met gangbare maten',
        en: 'Measures and estimates length, weight, volume and time with common units',
      },
    },
    {
      strand: 'meten-meetkunde',
      level: '2f',
      sloIds: idsOf('meten-meetkunde'),
      title: { nl: 'Rekent met omtrek, oppervlakte en inhoud en zet maten om', en: 'Calculates perimeter, area and volume and converts units' },
    },
    {
      strand: 'meten-meetkunde',
      level: '1s',
      sloIds: idsOf('meten-meetkunde'),
      title: {
        nl: 'Redeneert over vormen, plattegronden en schaal en lost meetproblemen op',
        en: 'Reasons about shapes, maps and scale and solves measurement problems',
      },
    },
    {
      strand: 'verbanden',
      level: '1f',
      sloIds: idsOf('verbanden'),
      title: {
        nl: 'Leest eenvoudige tabellen en grafieken en haalt er informatie uit',
        en: 'Reads simple tables and graphs and takes information from them',
      },
    },
    {
      strand: 'verbanden',
      level: '2f',
      sloIds: idsOf('verbanden'),
      title: { nl: 'Maakt en beschrijft tabellen, grafieken en eenvoudige formules', en: 'Makes and describes tables, graphs and simple formulas' },
    },
    {
      strand: 'verbanden',
      level: '1s',
      sloIds: idsOf('verbanden'),
      title: {
        nl: 'Interpreteert grafieken en verbanden en trekt er conclusies uit',
        en: 'Interprets graphs and relations and draws conclusions from them',
      },
    },
  ],
});
