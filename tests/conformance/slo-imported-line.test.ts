/**
 * The imported SLO line built from SLO's real kerndoelen (../shared/fixtures/slo, read at test time,
 * never copied into the project), imported through the store as the app does.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedLine, readSloFile } from '@/curriculum/slo-import';
import { listCurriculum } from '@/store/curriculum.repo';
import { importSloFile } from '@/store/slo-import.repo';
import { LeerzichtDb } from '@/store/db';
import { fixturesPresent } from '../support/fixtures-present';

const FILE = path.resolve(__dirname, '../../../shared/fixtures/slo/kerndoelen/kerndoelen.json');
const present = fixturesPresent(existsSync(FILE), 'slo-imported-line.test.ts');
if (!present) console.warn(`conformance/slo-imported-line: SKIPPED, ${FILE} is absent`);

type Raw = { id: string; prefix: string; title: string; niveau_id: string[] };

async function lineOfKerndoelen() {
  const text = readFileSync(FILE, 'utf8');
  const read = readSloFile(text, 'kerndoelen.json');
  if (!read.ok) throw new Error(read.problem);
  const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
  await importSloFile(db, read.file, new Date('2026-07-03T14:00:00Z'));
  const line = importedLine((await listCurriculum(db)).goals);
  if (!line) throw new Error('no imported line');
  return { line, raw: JSON.parse(text) as Raw[] };
}

/** "VSO Kerndoel DB 54.1" -> ["VSO Kerndoel DB", 54.1]: SLO's series and its number in it. */
const numbered = (prefix: string): [string, number] => {
  const match = /^(.*?)\s*(\d+(?:\.\d+)?)$/.exec(prefix);
  return match ? [match[1]!, Number(match[2])] : [prefix, 0];
};

describe.skipIf(!present)('the imported line from SLO kerndoelen.json', () => {
  it('holds every kerndoel once, and never prints a goal title as its strand as well', async () => {
    const { line, raw } = await lineOfKerndoelen();
    expect(line.goals).toHaveLength(raw.length);
    const strandTitles = new Map(line.strands.map((strand) => [strand.id, strand.title.nl]));
    for (const goal of line.goals) expect(strandTitles.get(goal.strand), goal.id).not.toBe(goal.title.nl);
    // kerndoelen.json alone names no parent: no strand text at all.
    expect([...strandTitles.values()].every((title) => title === '')).toBe(true);
  });

  it("orders the goals of a level by SLO's numbering: within a series 1, 2, ... 10, never alphabetically by title", async () => {
    const { line, raw } = await lineOfKerndoelen();
    const prefixOf = new Map(raw.map((item) => [item.id.toLowerCase(), item.prefix]));
    for (const level of line.levels) {
      const series = new Map<string, number[]>();
      for (const goal of line.goals.filter((item) => item.level === level.id)) {
        const [name, number] = numbered(prefixOf.get(goal.id) ?? '');
        series.set(name, [...(series.get(name) ?? []), number]);
      }
      for (const [name, numbers] of series) expect(numbers, `${level.label.nl}: ${name}`).toEqual([...numbers].sort((a, b) => a - b));
    }
    const firstPo = line.goals.slice(0, 3).map((goal) => prefixOf.get(goal.id));
    expect(firstPo).toEqual(['PO Kerndoel 01', 'PO Kerndoel 02', 'PO Kerndoel 03']);
  });
});
