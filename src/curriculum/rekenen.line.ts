import { buildLine } from './build-line';
import { REFERENCE_LEVELS } from './levels';

/** SLO referentiekader rekenen: the four domains and their three subdomains each. */
const DOMAIN = {
  getallen: ['cbe5831f-4031-464d-9f9b-ea9d3c2f324e', '897ef51d-f217-422b-88ef-cd3084e1e909', '85aa7940-b629-4d48-b068-984b2d85dc58', 'ef666d6f-2028-4e97-8e59-0fd229e741fc'],
  verhoudingen: ['8c519ad9-c040-4560-ab9b-c96caf64d75b', 'dd4b124b-72d2-4f7e-97f0-ac093b7e72fa', '7f508269-4698-4da3-b340-694cc8efd86e', '52f7f7af-32c7-41cc-bfc8-67de7228e92d'],
  'meten-meetkunde': ['7c8b9edd-ab95-4d54-8bbd-ed2c1bd3d420', '09db7417-6094-461c-b51f-3f0e3cf71b79', '327b83cd-f1d5-4c71-88e3-0c82771cf86c', '491b4d39-c4de-4704-960a-24636aab91f2'],
  verbanden: ['4ee30484-ecec-45b7-9fad-81fcb021ca93', 'e5222936-f71a-463e-8042-eec9035c85e2', 'b6af6266-a675-4fe1-974e-8f4c4f75c4f5', '957b9c7e-56c9-43b7-b523-0c30aaff8fb2'],
} as const;

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
    { strand: 'getallen', level: '1f', sloIds: DOMAIN.getallen, title: { nl: 'Rekent vlot met hele getallen en eenvoudige kommagetallen in alledaagse situaties', en: 'Calculates fluently with whole numbers and simple decimals in everyday situations' } },
    { strand: 'getallen', level: '2f', sloIds: DOMAIN.getallen, title: { nl: 'Rekent met negatieve getallen, grote getallen en kommagetallen, ook in stappen', en: 'Calculates with negative numbers, large numbers and decimals, also in several steps' } },
    { strand: 'getallen', level: '1s', sloIds: DOMAIN.getallen, title: { nl: 'Redeneert over getallen en bewerkingen en kiest zelf een handige rekenwijze', en: 'Reasons about numbers and operations and chooses a smart strategy' } },
    { strand: 'verhoudingen', level: '1f', sloIds: DOMAIN.verhoudingen, title: { nl: 'Werkt met eenvoudige breuken, procenten en verhoudingen uit het dagelijks leven', en: 'Works with simple fractions, percentages and ratios from daily life' } },
    { strand: 'verhoudingen', level: '2f', sloIds: DOMAIN.verhoudingen, title: { nl: 'Rekent met breuken, procenten en verhoudingstabellen en zet ze in elkaar om', en: 'Calculates with fractions, percentages and ratio tables and converts between them' } },
    { strand: 'verhoudingen', level: '1s', sloIds: DOMAIN.verhoudingen, title: { nl: 'Vergelijkt verhoudingen en redeneert met procenten en breuken in nieuwe situaties', en: 'Compares ratios and reasons with percentages and fractions in new situations' } },
    { strand: 'meten-meetkunde', level: '1f', sloIds: DOMAIN['meten-meetkunde'], title: { nl: 'Meet en schat lengte, gewicht, inhoud en tijd met gangbare maten', en: 'Measures and estimates length, weight, volume and time with common units' } },
    { strand: 'meten-meetkunde', level: '2f', sloIds: DOMAIN['meten-meetkunde'], title: { nl: 'Rekent met omtrek, oppervlakte en inhoud en zet maten om', en: 'Calculates perimeter, area and volume and converts units' } },
    { strand: 'meten-meetkunde', level: '1s', sloIds: DOMAIN['meten-meetkunde'], title: { nl: 'Redeneert over vormen, plattegronden en schaal en lost meetproblemen op', en: 'Reasons about shapes, maps and scale and solves measurement problems' } },
    { strand: 'verbanden', level: '1f', sloIds: DOMAIN.verbanden, title: { nl: 'Leest eenvoudige tabellen en grafieken en haalt er informatie uit', en: 'Reads simple tables and graphs and takes information from them' } },
    { strand: 'verbanden', level: '2f', sloIds: DOMAIN.verbanden, title: { nl: 'Maakt en beschrijft tabellen, grafieken en eenvoudige formules', en: 'Makes and describes tables, graphs and simple formulas' } },
    { strand: 'verbanden', level: '1s', sloIds: DOMAIN.verbanden, title: { nl: 'Interpreteert grafieken en verbanden en trekt er conclusies uit', en: 'Interprets graphs and relations and draws conclusions from them' } },
  ],
});
