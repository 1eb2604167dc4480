import type { LearningLine } from '@/domain/model';

/**
 * The level a year group works towards on each line (see docs/decisions/003-curriculum-lines.md):
 * groep 5-6 on 1F and the middenbouw programming goals; groep 7-8 still on 1F (2F/1S is the aim at the
 * end of groep 8) and the bovenbouw goals; the brugklas on 2F (programming: bovenbouw, the last primary band).
 */
const TARGETS: Record<string, Record<string, string>> = {
  'groep-3': { rekenen: '1f', lezen: '1f', programmeren: 'ob' },
  'groep-4': { rekenen: '1f', lezen: '1f', programmeren: 'ob' },
  'groep-5': { rekenen: '1f', lezen: '1f', programmeren: 'mb' },
  'groep-6': { rekenen: '1f', lezen: '1f', programmeren: 'mb' },
  'groep-7': { rekenen: '1f', lezen: '1f', programmeren: 'bb' },
  'groep-8': { rekenen: '2f', lezen: '2f', programmeren: 'bb' },
  brugklas: { rekenen: '2f', lezen: '2f', programmeren: 'bb' },
};

export function targetLevelFor(line: LearningLine, yearLevel: string): string | null {
  return TARGETS[yearLevel]?.[line.id] ?? null;
}
