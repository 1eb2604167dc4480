import { schoolWeeks, yearFraction } from '../../demo-school/calendar';
import { createRandom, gaussian, intBetween, seedOf, type Random } from '../../demo-school/prng';
import { DEMO_PUPILS, demoGroupOf, isActive, trueMastery, type DemoPupil } from '../../demo-school/school';

/**
 * Leesvlinder (fictional reading app): one weekly summary per pupil per reading skill, with a
 * percentage correct and the app's own level labels. Seeded and memoised.
 */
export type LeesvlinderSkill = 'BEGRIP' | 'VERHAAL' | 'WOORDENSCHAT';
export type LeesvlinderLevel = 'Rups' | 'Cocon' | 'Vlinder' | 'Zwaluwstaart';

export interface LeesvlinderSummary {
  readonly id: string;
  readonly pupil?: string;
  readonly week: string;
  readonly skill: LeesvlinderSkill;
  readonly level: LeesvlinderLevel;
  readonly percentage: number;
  readonly exercises: number;
  readonly minutes: number;
}

export interface LeesvlinderData {
  readonly items: readonly LeesvlinderSummary[];
  /** summary id -> what was broken on purpose */
  readonly broken: ReadonlyMap<string, 'missing-pupil' | 'invalid-score' | 'invalid-time'>;
  readonly pupilOf: ReadonlyMap<string, DemoPupil>;
}

const SKILLS: ReadonlyArray<readonly [LeesvlinderSkill, number]> = [
  ['BEGRIP', 0],
  ['VERHAAL', 0.04],
  ['WOORDENSCHAT', 0.06],
];

/** ISO week label (e.g. 2025-W37) of a Monday. */
export function isoWeek(monday: Date): string {
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function levelFor(pupil: DemoPupil, fraction: number, random: Random): LeesvlinderLevel {
  const group = demoGroupOf(pupil);
  if (group.yearLevel === 'groep-5') return fraction < 0.4 ? 'Rups' : 'Cocon';
  if (group.yearLevel === 'groep-7') return random() < 0.15 + 0.5 * fraction ? 'Vlinder' : 'Cocon';
  return random() < 0.2 + 0.3 * fraction ? 'Zwaluwstaart' : 'Vlinder';
}

const BREAK_EVERY = 1000;

const LEVEL_OFFSET: Record<LeesvlinderLevel, number> = { Rups: 0.1, Cocon: 0, Vlinder: -0.04, Zwaluwstaart: -0.1 };

export function generateLeesvlinderData(): LeesvlinderData {
  const items: LeesvlinderSummary[] = [];
  const broken = new Map<string, 'missing-pupil' | 'invalid-score' | 'invalid-time'>();
  const pupilOf = new Map<string, DemoPupil>();
  const weeks = schoolWeeks();
  let n = 0;
  weeks.forEach((monday) => {
    const friday = new Date(monday.getTime() + 4 * 86_400_000 + 15 * 3_600_000);
    const fraction = yearFraction(friday);
    const week = isoWeek(monday);
    for (const pupil of DEMO_PUPILS) {
      const random = createRandom(seedOf(`leesvlinder:${pupil.ref}:${week}`));
      // Diligent pupils read most weeks, slow ones skip about half of them.
      if (!isActive(pupil, fraction) || random() > Math.min(0.95, 0.85 * pupil.diligence)) continue;
      const level = levelFor(pupil, fraction, random);
      for (const [skill, offset] of SKILLS) {
        if (skill === 'WOORDENSCHAT' && random() < 0.5) continue;
        n += 1;
        const mastery = trueMastery(pupil, 'reading', fraction, offset + LEVEL_OFFSET[level]);
        const id = `lv-w-${week}-${n}`;
        let item: LeesvlinderSummary = {
          id,
          pupil: pupil.ref,
          week,
          skill,
          level,
          percentage: Math.round(Math.min(100, Math.max(0, (mastery + gaussian(random) * 0.08) * 100))),
          exercises: intBetween(random, 4, 18),
          minutes: intBetween(random, 10, 60),
        };
        // About 0.3% broken on purpose, deterministically, one kind after the other.
        if (n % BREAK_EVERY === 0) {
          const { pupil: _dropped, ...rest } = item;
          item = rest;
          broken.set(id, 'missing-pupil');
        } else if (n % BREAK_EVERY === 333) {
          item = { ...item, percentage: 140 };
          broken.set(id, 'invalid-score');
        } else if (n % BREAK_EVERY === 666) {
          item = { ...item, week: '2025-W99' };
          broken.set(id, 'invalid-time');
        }
        items.push(item);
        pupilOf.set(id, pupil);
      }
    }
  });
  return { items, broken, pupilOf };
}

let memo: LeesvlinderData | null = null;
export const leesvlinderData = (): LeesvlinderData => (memo ??= generateLeesvlinderData());
