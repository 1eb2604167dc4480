import { goalId } from '@/domain/ids';
import type { CodeMapping } from '@/domain/source';

/**
 * Sommenspoor's own domain codes -> the rekenen line. A code is AREA-DIGIT: the area names the
 * strand, the digit the reference level (1 = 1F, 2 = 2F, 3 = 1S). The "klokkijken" extra
 * module (ST-KL-1) is left out on purpose: it shows up as an unmapped code for the ICT coordinator.
 */
const AREAS: Readonly<Record<string, string>> = {
  'GET-BW': 'getallen',
  'GET-PW': 'getallen',
  'VH-BR': 'verhoudingen',
  'VH-PC': 'verhoudingen',
  'MM-LE': 'meten-meetkunde',
  'MM-MK': 'meten-meetkunde',
  'VB-TG': 'verbanden',
};
const LEVELS: Readonly<Record<string, string>> = { '1': '1f', '2': '2f', '3': '1s' };

export const SOMMENSPOOR_DEFAULT_MAPPING: CodeMapping = Object.fromEntries(
  Object.entries(AREAS).flatMap(([area, strand]) =>
    Object.entries(LEVELS).map(([digit, level]) => [`${area}-${digit}`, [goalId(`rekenen.${strand}.${level}`)]] as const),
  ),
);
