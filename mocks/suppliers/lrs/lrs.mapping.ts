import { SLO_LEVEL } from '@/curriculum/levels';
import { goalId } from '@/domain/ids';
import type { CodeMapping } from '@/domain/source';
import { KOMPAS } from './lrs.demo';

/** The platform's test activity IRI for a subject, strand and level. */
export const kompasActivity = (subject: 'rekenen' | 'lezen', strand: string, level: string) => `${KOMPAS}/toetsen/${subject}-${strand}-${level}`;

/** Mixed arithmetic tests: not in the mapping; their goals come from the SLO ids in contextActivities. */
export const kompasMixedActivity = (level: string) => `${KOMPAS}/toetsen/rekenen-gemengd-${level}`;
/** A listening test nobody has mapped yet: its results are kept with goals []. */
export const KOMPAS_UNMAPPED_ACTIVITY = `${KOMPAS}/toetsen/begrijpend-luisteren`;

export const ARITHMETIC_STRANDS = ['getallen', 'verhoudingen', 'meten-meetkunde', 'verbanden'] as const;
export const READING_STRANDS = ['zakelijk', 'fictie'] as const;
export const LEVELS = ['1f', '2f', '1s'] as const;

/**
 * The demo's mapping for the LRS source: activity IRI -> goal `rekenen.<strand>.<level>` or
 * `lezen.<strand>.<level>`. Kept out of src/: for a real LRS the ICT coordinator maps the
 * activities their platforms use.
 */
export const LRS_DEMO_MAPPING: CodeMapping = Object.fromEntries([
  ...ARITHMETIC_STRANDS.flatMap((strand) =>
    LEVELS.map((level) => [kompasActivity('rekenen', strand, level), [goalId(`rekenen.${strand}.${level}`)]] as const),
  ),
  ...READING_STRANDS.flatMap((strand) =>
    LEVELS.map((level) => [kompasActivity('lezen', strand, level), [goalId(`lezen.${strand}.${level}`)]] as const),
  ),
]);

/** SLO referentiekader rekenen: the domain UUIDs (from shared/curriculum/math-line.json). */
export const SLO_ARITHMETIC_DOMAINS: Readonly<Record<(typeof ARITHMETIC_STRANDS)[number], string>> = {
  getallen: 'cbe5831f-4031-464d-9f9b-ea9d3c2f324e',
  verhoudingen: '8c519ad9-c040-4560-ab9b-c96caf64d75b',
  'meten-meetkunde': '7c8b9edd-ab95-4d54-8bbd-ed2c1bd3d420',
  verbanden: '4ee30484-ecec-45b7-9fad-81fcb021ca93',
};

export const sloIri = (uuid: string) => `https://opendata.slo.nl/curriculum/uuid/${uuid}`;

/** SLO niveau UUIDs of the reference levels: a mixed test names its level with one, beside the domains it covers. */
export const SLO_REFERENCE_LEVEL: Readonly<Record<(typeof LEVELS)[number], string>> = {
  '1f': SLO_LEVEL.ref1F,
  '2f': SLO_LEVEL.ref2F,
  '1s': SLO_LEVEL.ref1S,
};
