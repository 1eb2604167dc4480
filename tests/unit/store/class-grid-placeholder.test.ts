import { describe, expect, it } from 'vitest';
import { classGridQueries, sameGridNewer } from '@/store/class-grid.compute';
import { groupId } from '@/domain/ids';
import type { LeerzichtDb } from '@/store/db';

/**
 * The class overview keeps its grid on screen while the next one is computed in the worker when
 * only the group's data version (a sync, an import) or the minute changed; any other change (group,
 * filter, lines, method) is another grid, shown as loading rather than with figures not its own.
 */
const db = { name: 'leerzicht-test' } as LeerzichtDb;
const input = {
  group: groupId('groep-7b'),
  version: 'v1',
  links: new Map<string, readonly string[]>(),
  pupils: [],
  lines: [],
  curriculumLines: [],
  filter: {},
  now: '2026-07-03T10:00:00.000Z',
  choices: {},
};
const keyOf = (changes: Partial<typeof input>) => classGridQueries.grid(db, { ...input, ...changes }).queryKey as readonly unknown[];

describe('the class grid on screen while the next is computed', () => {
  const before = keyOf({});

  it('stays for new results and for the next minute', () => {
    expect(sameGridNewer(before, keyOf({ version: 'v2' }))).toBe(true);
    expect(sameGridNewer(before, keyOf({ now: '2026-07-03T10:01:00.000Z' }))).toBe(true);
    expect(sameGridNewer(before, keyOf({ version: 'v2', now: '2026-07-03T10:01:00.000Z' }))).toBe(true);
  });

  it('gives way for another group, filter, set of lines or method', () => {
    expect(sameGridNewer(before, keyOf({ group: groupId('groep-5a') }))).toBe(false);
    expect(sameGridNewer(before, keyOf({ filter: { period: 'week' } as never }))).toBe(false);
    expect(sameGridNewer(before, keyOf({ lines: [] }))).toBe(false);
    expect(sameGridNewer(before, keyOf({ choices: {} }))).toBe(false);
  });

  it('the cells behind the grid likewise stay for new results only', () => {
    const evidence = (version: string, line: string | null) =>
      classGridQueries.evidence(db, { group: input.group, version, links: input.links, curriculumLines: input.curriculumLines, line: line as never })
        .queryKey as readonly unknown[];
    expect(sameGridNewer(evidence('v1', null), evidence('v2', null))).toBe(true);
    expect(sameGridNewer(evidence('v1', null), evidence('v2', 'rekenen'))).toBe(false);
  });
});
