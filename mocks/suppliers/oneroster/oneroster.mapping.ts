import { goalId } from '../../../src/domain/ids';
import type { CodeMapping } from '../../../src/domain/source';

/** The LMS's own objective codes: `RR-<strand>-<level>` (Rekenroute method), `BL-<strand>-<level>` (reading). */
export const rekenCode = (strand: string, level: string) => `RR-${strand.toUpperCase()}-${level.toUpperCase()}`;
export const leesCode = (strand: string, level: string) => `BL-${strand.toUpperCase()}-${level.toUpperCase()}`;

const STRANDS = ['getallen', 'verhoudingen', 'meten-meetkunde', 'verbanden'];
const LEVELS = ['1f', '2f', '1s'];

/**
 * The demo mapping for Toetsplein's objective codes -> goals. Reading tests at 1F carry SLO
 * UUIDs instead (resolved through the curriculum). `RR-KLOKKIJKEN-1F` is left out on purpose:
 * its results arrive as an unmapped code.
 */
export const ONEROSTER_DEMO_MAPPING: CodeMapping = Object.fromEntries([
  ...STRANDS.flatMap((strand) => LEVELS.map((level) => [rekenCode(strand, level), [goalId(`rekenen.${strand}.${level}`)]] as const)),
  ...['zakelijk', 'fictie'].flatMap((strand) => LEVELS.map((level) => [leesCode(strand, level), [goalId(`lezen.${strand}.${level}`)]] as const)),
]);

export const ONEROSTER_UNMAPPED_OBJECTIVE = rekenCode('klokkijken', '1f');
