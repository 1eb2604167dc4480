/**
 * The SLO ids our built-in lines carry must be real: every one must occur in the SLO extracts
 * in ../shared (read at test time, never copied into the project). Without that folder the
 * suite is skipped and says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { LearningLine } from '@/domain/model';
import { BUILT_IN_LINES } from '@/curriculum';
import { PROGRAMMEREN_LINE } from '@/curriculum/programmeren.line';
import { fixturesPresent } from '../support/fixtures-present';

const SHARED = path.resolve(__dirname, '../../../shared');
const CURRICULUM = path.join(SHARED, 'curriculum');
const SLO_FIXTURES = path.join(SHARED, 'fixtures', 'slo');
const present = fixturesPresent(existsSync(CURRICULUM) && existsSync(SLO_FIXTURES), 'curriculum-ids.test.ts');
if (!present) console.warn(`conformance/curriculum-ids: SKIPPED, ${CURRICULUM} or ${SLO_FIXTURES} is absent`);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function jsonFiles(dir: string, recursive: boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return recursive ? jsonFiles(full, true) : [];
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

const uuidsIn = (files: readonly string[]) =>
  new Set(files.flatMap((file) => (readFileSync(file, 'utf8').match(UUID) ?? []).map((id) => id.toLowerCase())));

const carriedBy = (line: LearningLine) => [
  ...line.goals.flatMap((goal) => goal.sloIds.map((id) => ({ id, where: `goal ${goal.id}` }))),
  ...line.levels.flatMap((level) => level.sloIds.map((id) => ({ id, where: `level ${line.id}/${level.id}` }))),
  ...line.strands.flatMap((strand) => strand.sloIds.map((id) => ({ id, where: `strand ${line.id}/${strand.id}` }))),
];

const missing = (line: LearningLine, known: ReadonlySet<string>) =>
  carriedBy(line)
    .filter(({ id }) => !known.has(id.toLowerCase()))
    .map(({ id, where }) => `${where}: ${id}`);

/** The part of programming-line.json this test reads. */
const ProgrammingExtract = z.object({
  concepts: z.array(
    z.object({
      concept: z.string(),
      goals_by_level: z.record(z.string(), z.array(z.object({ id: z.string(), duplicate_id: z.string(), source_index: z.number() }))),
    }),
  ),
});

/** The part of math-line.json this test reads: domain > subdomain > topic ids. */
const MathExtract = z.object({
  referentiekader_rekenen: z.object({
    domeinen: z.array(
      z.object({ id: z.string(), subdomeinen: z.array(z.object({ id: z.string(), onderwerpen: z.array(z.object({ id: z.string() })) })) }),
    ),
  }),
});

describe.skipIf(!present)('curriculum ids against the SLO extracts in ../shared', () => {
  const all = present ? uuidsIn([...jsonFiles(CURRICULUM, false), ...jsonFiles(SLO_FIXTURES, true)]) : new Set<string>();
  const only = (file: string) => (present ? uuidsIn([path.join(CURRICULUM, file)]) : new Set<string>());

  it('reads a real set of ids', () => {
    expect(all.size).toBeGreaterThan(1000);
    expect(all.has('00000000-0000-4000-8000-000000000000')).toBe(false);
    // the check would catch a made-up id
    const [first, ...rest] = PROGRAMMEREN_LINE.goals;
    const fake = {
      ...PROGRAMMEREN_LINE,
      goals: first ? [{ ...first, sloIds: [...first.sloIds, '00000000-0000-4000-8000-000000000000'] }, ...rest] : rest,
    };
    expect(missing(fake, all)).toEqual(['goal programmeren.algoritmes.ob: 00000000-0000-4000-8000-000000000000']);
  });

  it.each(BUILT_IN_LINES.map((line) => [line.id, line] as const))('%s: every SLO id it carries (goals, levels, strands) is an SLO id', (_, line) => {
    expect(carriedBy(line).length).toBeGreaterThan(0);
    expect(missing(line, all)).toEqual([]);
  });

  it('every level id is in levels.json', () => {
    const levels = only('levels.json');
    for (const line of BUILT_IN_LINES)
      for (const level of line.levels) for (const id of level.sloIds) expect(levels.has(id), `${line.id}/${level.id}`).toBe(true);
  });

  it.each([
    ['rekenen', 'math-line.json'],
    ['lezen', 'reading-line.json'],
    ['programmeren', 'programming-line.json'],
    ['ct', 'computational-thinking.json'],
    ['digitaal', 'digital-basic-skills.json'],
  ])("%s: goal and strand ids come from that line's own extract (%s)", (lineId, file) => {
    const line = BUILT_IN_LINES.find((entry) => entry.id === lineId);
    expect(line).toBeDefined();
    const own = only(file);
    const outside = [...(line?.goals ?? []), ...(line?.strands ?? [])].flatMap((entity) =>
      entity.sloIds.filter((id) => !own.has(id)).map((id) => `${entity.id}: ${id}`),
    );
    expect(outside).toEqual([]);
  });

  it("rekenen: each strand's goals carry exactly their domain, its subdomains and their topics, as math-line.json nests them", () => {
    const extract = MathExtract.parse(JSON.parse(readFileSync(path.join(CURRICULUM, 'math-line.json'), 'utf8')));
    const rekenen = BUILT_IN_LINES.find((line) => line.id === 'rekenen');
    expect(rekenen?.strands).toHaveLength(4);
    for (const strand of rekenen?.strands ?? []) {
      const domain = extract.referentiekader_rekenen.domeinen.find((entry) => entry.id === strand.sloIds[0]);
      expect(domain, strand.id).toBeDefined();
      const expected = [
        domain?.id,
        ...(domain?.subdomeinen ?? []).map((sub) => sub.id),
        ...(domain?.subdomeinen ?? []).flatMap((sub) => sub.onderwerpen.map((topic) => topic.id)),
      ];
      for (const goal of rekenen?.goals.filter((entry) => entry.strand === strand.id) ?? []) expect(goal.sloIds, goal.id).toEqual(expected);
    }
  });

  it("programmeren: each concept carries exactly SLO's keyword-matched goals (id, duplicate id), split ob -> mb -> bb in SLO's order", () => {
    const extract = ProgrammingExtract.parse(JSON.parse(readFileSync(path.join(CURRICULUM, 'programming-line.json'), 'utf8')));
    expect(extract.concepts).toHaveLength(PROGRAMMEREN_LINE.strands.length);
    for (const concept of extract.concepts) {
      // the extract says "functie", "variabele", "debuggen / fouten opsporen"; the line "functies", "variabelen", "debuggen"
      const stem = concept.concept.split(' ')[0] ?? concept.concept;
      const strand = PROGRAMMEREN_LINE.strands.find((entry) => entry.id.startsWith(stem));
      expect(strand, concept.concept).toBeDefined();
      const goals = Object.values(concept.goals_by_level)
        .flat()
        .sort((a, b) => a.source_index - b.source_index);
      const fromSlo = goals.flatMap((goal) => [goal.id, goal.duplicate_id]);
      const carried = ['ob', 'mb', 'bb'].flatMap(
        (level) => PROGRAMMEREN_LINE.goals.find((goal) => goal.strand === strand?.id && goal.level === level)?.sloIds ?? [],
      );
      expect(carried, concept.concept).toEqual(fromSlo);
    }
  });
});
