import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { goalsBySloId } from '@/curriculum';
import { BUILT_IN_RUBRICS, rubricById } from '@/curriculum/rubrics';
import { toCaseRubric } from '@/curriculum/rubrics/case-rubric-export.mapper';
import { fromCaseRubric, readCaseRubricText } from '@/curriculum/rubrics/case-rubric-import.mapper';
import { goalId, rubricId } from '@/domain/ids';
import type { Rubric } from '@/domain/rubric';

const NOW = new Date('2026-07-03T14:00:00.000Z');
/** An export as another CASE tool would hand it back: without Leerzicht's extension. */
const bare = (doc: ReturnType<typeof toCaseRubric>) =>
  JSON.parse(
    JSON.stringify({
      ...doc,
      extensions: undefined,
      CFRubricCriteria: doc.CFRubricCriteria.map((criterion) => ({
        ...criterion,
        extensions: undefined,
        CFRubricCriterionLevels: criterion.CFRubricCriterionLevels.map((level) => ({ ...level, extensions: undefined })),
      })),
    }),
  ) as unknown;
const roundTrip = (rubric: Rubric) => fromCaseRubric(JSON.parse(JSON.stringify(toCaseRubric(rubric, { now: NOW }))));

/** Any valid rubric: 2-5 levels, 1-4 criteria, every cell filled, targets and steps on real levels. */
const someText = fc.record({ nl: fc.string({ minLength: 1 }).filter((value) => value.trim() !== ''), en: fc.string() });
const anyRubric: fc.Arbitrary<Rubric> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    title: someText,
    description: fc.record({ nl: fc.string(), en: fc.string() }),
    levelIds: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 5 }),
    criterionIds: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
    years: fc.uniqueArray(fc.constantFrom('groep-5', 'groep-6', 'groep-7', 'brugklas'), { maxLength: 3 }),
    seed: fc.infiniteStream(
      fc.tuple(someText, fc.double({ min: 0.01, max: 100, noNaN: true }), fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }), fc.nat()),
    ),
  })
  .map(({ id, title, description, levelIds, criterionIds, years, seed }) => {
    const next = () => seed.next().value as [Rubric['title'], number, string[], number];
    const levels = levelIds.map((levelId) => ({ id: levelId, label: next()[0] }));
    const criteria = criterionIds.map((criterionId) => {
      const [criterionTitle, weight, goals] = next();
      return {
        id: criterionId,
        title: criterionTitle,
        weight,
        goals: goals.map(goalId),
        descriptors: Object.fromEntries(levelIds.map((levelId) => [levelId, next()[0]])),
        steps: Object.fromEntries(
          levelIds
            .slice(0, -1)
            .filter(() => next()[3] % 2 === 0)
            .map((levelId) => [levelId, next()[0]]),
        ),
      };
    });
    const targets = Object.fromEntries(
      years.map((year) => [year, Object.fromEntries(criterionIds.map((criterionId) => [criterionId, levelIds[next()[3] % levelIds.length]!]))]),
    );
    return { id: rubricId(id), title, description, levels, criteria, targets };
  });

describe('CASE CFRubric', () => {
  it('exports the CASE shape: identifiers, uris, positions from 1, quality per level, the first goal as CFItemURI', () => {
    const rubric = rubricById('ct-programmeren')!;
    const doc = toCaseRubric(rubric, { now: NOW });
    expect(doc).toMatchObject({ title: 'Computational thinking en programmeren', lastChangeDateTime: '2026-07-03T14:00:00.000Z' });
    expect(doc.identifier).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toCaseRubric(rubric, { now: NOW }).identifier).toBe(doc.identifier);
    const first = doc.CFRubricCriteria[0]!;
    expect(first).toMatchObject({ position: 1, weight: 1, rubricId: doc.identifier, uri: `urn:leerzicht/CFRubricCriteria/${first.identifier}` });
    expect(first.CFItemURI?.identifier).toBeTruthy();
    expect(first.CFRubricCriterionLevels.map((level) => [level.position, level.score, level.quality])).toEqual([
      [1, 1, 'beginner'],
      [2, 2, 'op weg'],
      [3, 3, 'gevorderd'],
      [4, 4, 'expert'],
    ]);
    expect(first.CFRubricCriterionLevels[3]).not.toHaveProperty('feedback');
    expect(new Set(doc.CFRubricCriteria.flatMap((criterion) => criterion.CFRubricCriterionLevels.map((level) => level.identifier))).size).toBe(
      4 * doc.CFRubricCriteria.length,
    );
  });

  it('round trip: export then import gives the same rubric (built-in ones and any valid one)', () => {
    for (const id of ['samenwerken', 'ct-programmeren', 'digitale-basisvaardigheden']) {
      const result = roundTrip(rubricById(id)!);
      expect(result.ok && result.rubric).toEqual(rubricById(id));
    }
    fc.assert(
      fc.property(anyRubric, (rubric) => {
        const result = roundTrip(rubric);
        expect(result.ok ? result.rubric : result).toEqual(rubric);
      }),
      { numRuns: 150 },
    );
  });

  it('a rubric stored with blank Dutch text (saved before the editor required it) exports a file that imports, named in English there', () => {
    const base = rubricById('samenwerken')!;
    const criterion = base.criteria[0]!;
    const stored: Rubric = {
      ...base,
      title: { nl: '', en: 'Collaborating' },
      levels: base.levels.map((level, index) => (index === 0 ? { ...level, label: { nl: '', en: 'starter' } } : level)),
      criteria: [
        {
          ...criterion,
          title: { nl: ' ', en: 'Agreements' },
          descriptors: { ...criterion.descriptors, beginner: { nl: '', en: 'Follows agreements' } },
        },
        ...base.criteria.slice(1),
      ],
    };
    const doc = toCaseRubric(stored, { now: NOW });
    expect([
      doc.title,
      doc.CFRubricCriteria[0]?.description,
      doc.CFRubricCriteria[0]?.CFRubricCriterionLevels[0]?.quality,
      doc.CFRubricCriteria[0]?.CFRubricCriterionLevels[0]?.description,
    ]).toEqual(['Collaborating', 'Agreements', 'starter', 'Follows agreements']);
    for (const file of [doc, bare(doc)]) {
      const result = fromCaseRubric(JSON.parse(JSON.stringify(file)));
      expect(result.ok && result.rubric.title.nl).toBe('Collaborating');
      expect(result.ok && result.rubric.criteria[0]?.title.nl).toBe('Agreements');
    }
  });

  it('imports a CASE rubric from another tool: order by position, goals from CFItemURI (SLO UUID), steps from feedback, unknown fields ignored', () => {
    const level = (position: number, quality: string, extra: object = {}) => ({
      identifier: `L-${quality}-${position}`,
      position,
      quality,
      description: `${quality} beschrijving`,
      ...extra,
    });
    const result = fromCaseRubric({
      CFRubrics: [
        {
          identifier: 'ABC-123',
          title: 'Spreken',
          unknownField: { anything: true },
          CFRubricCriteria: [
            {
              identifier: 'C2',
              position: 2,
              description: 'Verhaal',
              CFRubricCriterionLevels: [level(2, 'goed'), level(1, 'start', { feedback: 'Oefen met een maatje' })],
            },
            {
              identifier: 'C1',
              position: 1,
              description: 'Uitspraak',
              weight: 2,
              CFItemURI: { identifier: 'nergens', title: 'Onbekend doel' },
              CFRubricCriterionLevels: [level(1, 'start'), level(2, 'goed')],
            },
          ],
        },
        { identifier: 'other', title: 'Nog een', CFRubricCriteria: [] },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rubric.id).toBe('case-abc-123');
    expect(result.rubric.levels).toEqual([
      { id: 'niveau-1', label: { nl: 'start', en: 'start' } },
      { id: 'niveau-2', label: { nl: 'goed', en: 'goed' } },
    ]);
    expect(result.rubric.criteria.map((criterion) => [criterion.id, criterion.title.nl, criterion.weight])).toEqual([
      ['c1', 'Uitspraak', 2],
      ['c2', 'Verhaal', 1],
    ]);
    expect(result.rubric.criteria[1]?.steps).toEqual({ 'niveau-1': { nl: 'Oefen met een maatje', en: 'Oefen met een maatje' } });
    expect(result.warnings).toEqual([
      { kind: 'more-rubrics', count: 2 },
      { kind: 'goal-unknown', path: 'CFRubrics[0].CFRubricCriteria[1].CFItemURI', goal: 'Onbekend doel' },
    ]);
  });

  it('gives every criterion its own id when CASE identifiers make the same slug (long URIs, other scripts, case)', () => {
    const levels = [
      { identifier: 'l1', description: 'begin' },
      { identifier: 'l2', description: 'verder' },
    ];
    const base = 'https://frameworks.example.org/ims/case/v1p0/CFRubricCriteria/communicatie-';
    const result = fromCaseRubric({
      identifier: 'R',
      title: 'Communicatie',
      CFRubricCriteria: [
        { identifier: `${base}luisteren`, description: 'Luisteren', CFRubricCriterionLevels: levels },
        { identifier: `${base}spreken`, description: 'Spreken', CFRubricCriterionLevels: levels },
        { identifier: 'Κ1', description: 'Schrijven', CFRubricCriterionLevels: levels },
        { identifier: 'Κ2', description: 'Lezen', CFRubricCriterionLevels: levels },
        { identifier: 'K3', description: 'Kijken', CFRubricCriterionLevels: levels },
        { identifier: 'k3', description: 'Tonen', CFRubricCriterionLevels: levels },
      ],
    });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([]);
    if (!result.ok) return;
    const ids = result.rubric.criteria.map((criterion) => criterion.id);
    expect(new Set(ids).size).toBe(6);
    expect(ids.every((id) => id !== '')).toBe(true);
  });

  it('resolves an SLO UUID in CFItemURI to the goal that carries it', () => {
    const rubric = rubricById('digitale-basisvaardigheden')!;
    const doc = toCaseRubric(rubric, { now: NOW });
    expect(doc.CFRubricCriteria[0]?.CFItemURI?.uri).toMatch(/^https:\/\/opendata\.slo\.nl\/curriculum\/uuid\/[0-9a-f-]{36}$/);
    const result = fromCaseRubric(bare(doc));
    expect(result.ok && result.rubric.criteria[0]?.goals[0]).toBe(rubric.criteria[0]?.goals[0]);
  });

  it('without the Leerzicht extension every criterion of every built-in rubric comes back with its own first goal, no warnings', () => {
    for (const rubric of BUILT_IN_RUBRICS) {
      const result = fromCaseRubric(bare(toCaseRubric(rubric, { now: NOW })));
      expect(result.ok, rubric.id).toBe(true);
      if (!result.ok) continue;
      expect(result.warnings, rubric.id).toEqual([]);
      const linked = result.rubric.criteria.map((criterion) => criterion.goals);
      expect(linked, rubric.id).toEqual(rubric.criteria.map((criterion) => criterion.goals.slice(0, 1)));
    }
  });

  it('names a goal by an SLO UUID only when that goal alone carries it, else by its own URN', () => {
    const doc = toCaseRubric(rubricById('ct-programmeren')!, { now: NOW });
    const ontleden = doc.CFRubricCriteria.find((criterion) => criterion.description === rubricById('ct-programmeren')!.criteria[0]!.title.nl)!;
    const link = ontleden.CFItemURI!;
    if (link.uri.startsWith('urn:'))
      expect(link).toMatchObject({ identifier: 'programmeren.decompositie.mb', uri: 'urn:leerzicht:goal:programmeren.decompositie.mb' });
    else expect(goalsBySloId(link.identifier).map((goal) => goal.id)).toEqual(['programmeren.decompositie.mb']);
    for (const criterion of BUILT_IN_RUBRICS.flatMap((rubric) => toCaseRubric(rubric, { now: NOW }).CFRubricCriteria)) {
      const { identifier, uri } = criterion.CFItemURI ?? { identifier: '', uri: '' };
      if (uri.startsWith('https://opendata.slo.nl/')) expect(goalsBySloId(identifier)).toHaveLength(1);
    }
  });

  it('an SLO UUID several goals carry is not guessed: the link is left out with a warning', () => {
    // The first SLO id of programmeren.decompositie.mb, which algoritmes.ob carries too (decision 003).
    const id = '2a28de2c-b735-42e4-8155-ef48bfe3ee73';
    expect(
      goalsBySloId(id)
        .map((goal) => goal.id)
        .sort(),
    ).toEqual(['programmeren.algoritmes.ob', 'programmeren.decompositie.mb']);
    const levels = [
      { identifier: 'l1', description: 'begin' },
      { identifier: 'l2', description: 'verder' },
    ];
    for (const link of [
      { identifier: id, title: 'Gedeeld doel' },
      { identifier: 'elders-1', uri: `https://opendata.slo.nl/curriculum/uuid/${id}`, title: 'Gedeeld doel' },
    ]) {
      const result = fromCaseRubric({
        identifier: 'R',
        title: 'T',
        CFRubricCriteria: [{ identifier: 'c', description: 'C', CFItemURI: link, CFRubricCriterionLevels: levels }],
      });
      expect(result.ok && result.rubric.criteria[0]?.goals).toEqual([]);
      expect(result.ok && result.warnings).toEqual([
        { kind: 'goal-ambiguous', path: 'CFRubricCriteria[0].CFItemURI', goal: 'Gedeeld doel', matches: goalsBySloId(id).length },
      ]);
    }
  });

  it('in a CASE package the paths start at CFRubrics[0], and an empty or wrong CFRubrics list is named as such', () => {
    const messages = (input: unknown) => {
      const result = fromCaseRubric(input);
      return result.ok
        ? result.warnings.map((warning) => `${warning.kind}@${'path' in warning ? warning.path : ''}`)
        : result.problems.map((problem) => `${problem.problem}@${problem.path}`);
    };
    expect(messages({ CFDocument: { identifier: 'd' }, CFRubrics: [] })).toEqual(['empty@CFRubrics']);
    expect(messages({ CFRubrics: { identifier: 'r' } })).toEqual(['wrong-type@CFRubrics']);
    expect(
      messages({ CFRubrics: [{ identifier: 'r', CFRubricCriteria: [{ identifier: 'c', CFRubricCriterionLevels: [{ identifier: 7 }] }] }] }),
    ).toEqual(['missing@CFRubrics[0].title', 'wrong-type@CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[0].identifier']);
    const levels = [
      { identifier: 'l1', description: 'a' },
      { identifier: 'l2', description: 'b' },
    ];
    const link = { identifier: 'onbekend-doel', title: 'Onbekend' };
    expect(
      messages({
        CFRubrics: [
          {
            identifier: 'r',
            title: 'R',
            CFRubricCriteria: [{ identifier: 'c', description: 'C', CFItemURI: link, CFRubricCriterionLevels: levels }],
            extensions: { leerzicht: 'kapot' },
          },
        ],
      }),
    ).toEqual(['extension-ignored@CFRubrics[0].extensions.leerzicht', 'goal-unknown@CFRubrics[0].CFRubricCriteria[0].CFItemURI']);
  });

  it('names the path of every problem and never throws on hostile input', () => {
    const problems = (input: unknown) => {
      const result = fromCaseRubric(input);
      return result.ok
        ? []
        : [...result.problems.map((problem) => `${problem.problem}@${problem.path}`), ...result.issues.map((issue) => `${issue.code}@${issue.path}`)];
    };
    expect(problems({ identifier: 'x', CFRubricCriteria: [{ identifier: 'c', CFRubricCriterionLevels: [{ identifier: 7 }] }] })).toEqual([
      'missing@title',
      'wrong-type@CFRubricCriteria[0].CFRubricCriterionLevels[0].identifier',
    ]);
    expect(problems({ identifier: 'x', title: 'T', CFRubricCriteria: [] })).toEqual(['empty@CFRubricCriteria']);
    const uneven = {
      identifier: 'x',
      title: 'T',
      CFRubricCriteria: [
        {
          identifier: 'a',
          CFRubricCriterionLevels: [
            { identifier: '1', description: 'd' },
            { identifier: '2', description: 'd' },
          ],
        },
        { identifier: 'b', CFRubricCriterionLevels: [{ identifier: '3', description: 'd' }] },
      ],
    };
    expect(problems(uneven)).toEqual(['levels-differ@CFRubricCriteria[1].CFRubricCriterionLevels']);
    expect(
      problems({
        identifier: 'x',
        title: 'T',
        CFRubricCriteria: [{ identifier: 'a', CFRubricCriterionLevels: [{ identifier: '1', description: 'd' }, { identifier: '2' }] }],
      }),
    ).toEqual(['descriptor-missing@criteria.0.descriptors.niveau-2']);
    const notJson = readCaseRubricText('{ dit is geen json');
    expect(notJson.ok === false && notJson.problems[0]?.problem).toBe('not-json');
    for (const hostile of [null, 42, 'tekst', [], { CFRubrics: [null] }, { __proto__: { title: 'x' } }])
      expect(fromCaseRubric(hostile).ok).toBe(false);
  });
});
