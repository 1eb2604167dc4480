/**
 * The class overview runs in the compute worker (issue 12 goal 4): its functions behind comlink on a
 * MessageChannel, reading the database by its name as the worker does, give the rows and the cells'
 * evidence the main thread computed before (useGroupMastery, useCellEvidence over useGroupResults);
 * a group is read once per data version, and a new version reads what was stored since.
 */
import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_LINES } from '@/curriculum';
import { sourceId } from '@/domain/ids';
import { cellEvidence } from '@/domain/progress/cell-evidence';
import { encodeResults } from '@/domain/progress/encoded-results';
import { masteryGrid } from '@/domain/progress/estimated-grid';
import { contextInstant, groupContextEncoded, latestTime } from '@/domain/progress/estimators/group-context';
import { estimatorFor } from '@/domain/progress/estimators/registry';
import { deduplicate } from '@/domain/quality/duplicates';
import { createClassGridApi, type ClassGridApi, type ClassGridInput } from '@/store/class-grid.api';
import type { LeerzichtDb } from '@/store/db';
import { listGroups, pupilsInGroup } from '@/store/pupils.repo';
import { readableResults } from '@/store/readable-results';
import { resultsForPupils, upsertResults } from '@/store/results.repo';
import { DEMO_NOW, freshDb } from '../../support/render-app';
import { buildResult } from '../../support/result-builder';
import { refOf, seedSmallSchool } from '../../support/seed';

const open: MessagePort[] = [];
afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

/** The worker's API on the far side of a channel, opening the database by its name as compute.worker.ts does. */
function overChannel(db: LeerzichtDb): ClassGridApi {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  Comlink.expose(
    createClassGridApi({
      dbOf: (name) => {
        expect(name).toBe(db.name);
        return db;
      },
    }),
    port1,
  );
  return Comlink.wrap<ClassGridApi>(port2) as unknown as ClassGridApi;
}

async function seeded() {
  const db = freshDb();
  const { results } = await seedSmallSchool(db);
  const group = (await listGroups(db))[0]!.id;
  const pupils = (await pupilsInGroup(db, group)).map((pupil) => ({ key: pupil.key, ref: pupil.ref }));
  const now = DEMO_NOW.toISOString();
  const input: ClassGridInput = {
    dbName: db.name,
    group,
    version: 'v1',
    links: new Map(),
    pupils,
    lines: BUILT_IN_LINES,
    curriculumLines: BUILT_IN_LINES,
    filter: {},
    now,
    choices: {},
  };
  return { db, results, group, pupils, now, input };
}

/** What the main thread computed: useGroupResults (readable, deduplicated) -> useGroupContext -> masteryGrid. */
async function onThisThread(db: LeerzichtDb, input: ClassGridInput) {
  const rows = await resultsForPupils(
    db,
    input.pupils.map((pupil) => pupil.ref),
  );
  const encoded = encodeResults(deduplicate(readableResults(rows).results).kept);
  const base = groupContextEncoded(encoded, new Date(contextInstant(latestTime(encoded), Date.parse(input.now))));
  const context = { ...base, now: input.now, followGroup: true };
  return { encoded, grid: masteryGrid(encoded, input.pupils, input.lines, context, (line) => estimatorFor(line.id)) };
}

describe('the class overview in the compute worker', () => {
  it('gives the rows and the cells’ evidence the main thread computed', async () => {
    const { db, input } = await seeded();
    const worker = overChannel(db);
    const { encoded, grid } = await onThisThread(db, input);
    const view = await worker.classGrid(input);
    expect(view.rows).toEqual(grid);
    expect(view.rows.some((row) => (row.lines['rekenen']?.value ?? 0) > 0)).toBe(true);
    expect(view).toMatchObject({ skipped: 0, duplicates: 0 });
    const lineOf = new Map(BUILT_IN_LINES.flatMap((line) => line.goals.map((goal) => [goal.id as string, line.id as string] as const)));
    const evidence = await worker.cellEvidence({ ...input, line: null });
    expect(evidence).toEqual(cellEvidence(encoded.results, (goal) => (lineOf.has(goal) ? [lineOf.get(goal) as string] : [])));
    expect(evidence.get(`${refOf(1)}|rekenen`)?.count).toBe(9);
  });

  it('reads a group once per data version: a new version counts what was stored since', async () => {
    const { db, input } = await seeded();
    const worker = overChannel(db);
    const cem = (rows: Awaited<ReturnType<ClassGridApi['classGrid']>>['rows']) => rows.find((row) => row.ref === refOf(3))?.lines['rekenen'];
    expect(cem((await worker.classGrid(input)).rows)?.value).toBeNull();
    await upsertResults(db, [
      buildResult({
        source: sourceId('sommenspoor'),
        pupil: refOf(3),
        time: new Date(DEMO_NOW.getTime() - 86_400_000).toISOString(),
        score: { raw: 14, min: 0, max: 20, scaled: 0.7 },
      }),
    ]);
    // Same version: the group as it was read (another filter or minute does not read again).
    expect(cem((await worker.classGrid({ ...input, now: new Date(DEMO_NOW.getTime() + 60_000).toISOString() })).rows)?.value).toBeNull();
    const next = { ...input, version: 'v2' };
    const { grid } = await onThisThread(db, next);
    const view = await worker.classGrid(next);
    expect(view.rows).toEqual(grid);
    expect(cem(view.rows)?.value).toBeGreaterThan(0);
  });

  it('says why when the filter cannot be applied, as the page did', async () => {
    const { db, input } = await seeded();
    const message = '"1-3-2026" is not a date written yyyy-mm-dd';
    await expect(overChannel(db).classGrid({ ...input, filter: { period: { kind: 'since', date: '1-3-2026' } } })).rejects.toThrow(message);
  });
});
