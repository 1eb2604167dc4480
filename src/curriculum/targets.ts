import type { LearningLine } from '@/domain/model';

/**
 * The level a year group works towards on each line (see docs/decisions/003-curriculum-lines.md).
 * Rekenen and lezen: groep 3-7 on 1F, the foundation every pupil should reach by the end of primary
 * school; groep 8 and the brugklas on 2F, the aim by the end of groep 8 (the referentiekader's
 * streefniveau for reading; for arithmetic its streefniveau 1S asks about as much). Programming by
 * bouw band, the brugklas on the last primary band (bovenbouw). Computational thinking: po, then vo
 * from the brugklas; digital basic skills only for the brugklas. Any other year group: no target.
 */
const TARGETS: Record<string, Record<string, string>> = {
  'groep-3': { rekenen: '1f', lezen: '1f', programmeren: 'ob', ct: 'po' },
  'groep-4': { rekenen: '1f', lezen: '1f', programmeren: 'ob', ct: 'po' },
  'groep-5': { rekenen: '1f', lezen: '1f', programmeren: 'mb', ct: 'po' },
  'groep-6': { rekenen: '1f', lezen: '1f', programmeren: 'mb', ct: 'po' },
  'groep-7': { rekenen: '1f', lezen: '1f', programmeren: 'bb', ct: 'po' },
  'groep-8': { rekenen: '2f', lezen: '2f', programmeren: 'bb', ct: 'po' },
  brugklas: { rekenen: '2f', lezen: '2f', programmeren: 'bb', ct: 'vo', digitaal: 'bk' },
};

export function targetLevelFor(line: LearningLine, yearLevel: string): string | null {
  return TARGETS[yearLevel]?.[line.id] ?? null;
}
