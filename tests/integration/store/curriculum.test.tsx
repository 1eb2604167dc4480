import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { goalById } from '@/curriculum';
import { readSloFile, resolveSloUuids, setSloLinks, type SloFile } from '@/curriculum/slo-import';
import { useCurriculum } from '@/store/curriculum.queries';
import { listCurriculum } from '@/store/curriculum.repo';
import { importSloFile } from '@/store/slo-import.repo';
import { DbProvider } from '@/store/db-context';
import { LeerzichtDb } from '@/store/db';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
/** An SLO UUID the programming line carries, so its row belongs to that line. */
const CARRIED = '9a22fa47-2a5a-4b86-abb0-87d41ebb14dd';
const NOW = new Date('2026-07-03T14:00:00.000Z');
const fresh = () => new LeerzichtDb(`test-${crypto.randomUUID()}`);
const read = (json: unknown): SloFile => {
  const result = readSloFile(JSON.stringify(json), 'doelen.json');
  if (!result.ok) throw new Error(result.problem);
  return result.file;
};

afterEach(() => setSloLinks(new Map(), []));

describe('curriculum store: SLO imports', () => {
  it('stores new goals under the import line and goals our lines carry under that line', async () => {
    const db = fresh();
    const plan = await importSloFile(
      db,
      read({
        doel: [
          { id: id(1), title: 'Nieuw doel' },
          { id: CARRIED, title: 'SLO-titel' },
        ],
      }),
      NOW,
    );
    expect(plan.added).toHaveLength(1);
    expect(plan.builtIn).toHaveLength(1);
    const { goals } = await listCurriculum(db);
    expect(goals.map((goal) => [goal.id, goal.line, goal.title])).toEqual([
      [id(1), 'slo-import', 'Nieuw doel'],
      [CARRIED, 'programmeren', 'SLO-titel'],
    ]);
  });

  it('a second import refreshes titles and keeps what it does not mention', async () => {
    const db = fresh();
    await importSloFile(
      db,
      read({
        doel: [
          { id: id(1), title: 'Oud' },
          { id: id(2), title: 'Blijft' },
        ],
      }),
      NOW,
    );
    const plan = await importSloFile(db, read({ doel: [{ id: id(1), title: 'Nieuw' }] }), NOW);
    expect(plan.refreshed.map(({ goal, before }) => [goal.title, before])).toEqual([['Nieuw', 'Oud']]);
    const titles = (await listCurriculum(db)).goals.map((goal) => goal.title);
    expect(titles).toEqual(['Nieuw', 'Blijft']);
  });

  it('a file that names no levels, parents or numbering for a goal keeps those an earlier file stored', async () => {
    const db = fresh();
    const full = {
      vakleergebied: [{ id: id(7), title: 'Rekenen', doel_id: [id(1)] }],
      niveau: [{ id: id(8), title: 'Groep 5' }],
      doel: [{ id: id(1), title: 'Oud', prefix: 'Kerndoel 23', niveau_id: [id(8)] }],
    };
    await importSloFile(db, read(full), NOW);
    const stored = () => listCurriculum(db).then(({ goals }) => goals.find((goal) => goal.id === id(1)));
    expect(await stored()).toMatchObject({ levels: [id(8)], parents: [{ id: id(7), title: 'Rekenen' }], prefix: 'Kerndoel 23' });
    await importSloFile(db, read({ doel: [{ id: id(1), title: 'Nieuw' }] }), NOW);
    expect(await stored()).toMatchObject({ title: 'Nieuw', levels: [id(8)], parents: [{ id: id(7), title: 'Rekenen' }], prefix: 'Kerndoel 23' });
    // a file that does name them replaces them
    await importSloFile(
      db,
      read({ domein: [{ id: id(6), title: 'Getallen', doel_id: [id(1)] }], doel: [{ id: id(1), title: 'Nieuw', niveau_id: [id(9)] }] }),
      NOW,
    );
    expect(await stored()).toMatchObject({ levels: [id(9)], parents: [{ id: id(6), title: 'Getallen' }] });
  });

  it('stores replacedBy links on the replaced goal, and the adapters resolve the old UUID to the successor', async () => {
    const db = fresh();
    await importSloFile(db, read({ doel: [{ id: id(1), title: 'Oud doel' }] }), NOW);
    expect(resolveSloUuids([id(1)])).toEqual([id(1)]);
    await importSloFile(
      db,
      read({
        doel: [
          { id: id(2), title: 'Opvolger', replaces: [id(1)] },
          { id: id(3), title: 'Vervangt onbekend', replaces: [id(9)] },
        ],
      }),
      NOW,
    );
    const { goals } = await listCurriculum(db);
    expect(goals.find((goal) => goal.id === id(1))).toMatchObject({ title: 'Oud doel', replacedBy: [id(2)] });
    expect(goals.find((goal) => goal.id === id(9))).toMatchObject({ title: null, replacedBy: [id(3)], line: 'slo-import' });
    expect(resolveSloUuids([id(1)])).toEqual([id(2)]);
    expect(resolveSloUuids([id(9)])).toEqual([id(3)]);
  });

  it('a broken stored row is reported and left out; the others still list', async () => {
    const db = fresh();
    await importSloFile(db, read({ doel: [{ id: id(1), title: 'Goed' }] }), NOW);
    await db.curriculum.put({ id: 'kapot', sloId: 'kapot', line: 'slo-import' } as never);
    const listed = await listCurriculum(db);
    expect(listed.goals.map((goal) => goal.id)).toEqual([id(1)]);
    expect(listed.broken).toEqual(['kapot']);
  });
});

describe('useCurriculum: what the views show', () => {
  it('resolves a replaced goal to its successors (a split gives both), offers only current goals to pick, and SLO titles per built-in goal', async () => {
    const db = fresh();
    await importSloFile(
      db,
      read({
        doel: [
          { id: id(1), title: 'Oud' },
          { id: CARRIED, title: 'SLO-titel' },
        ],
      }),
      NOW,
    );
    await importSloFile(
      db,
      read({
        doel: [
          { id: id(2), title: 'Deel A', replaces: [id(1)] },
          { id: id(3), title: 'Deel B', replaces: [id(1)] },
        ],
      }),
      NOW,
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>
        <DbProvider db={db}>{children}</DbProvider>
      </QueryClientProvider>
    );
    const { result } = renderHook(() => useCurriculum(), { wrapper });
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect(result.current.resolve(id(1)).map((goal) => goal.title.nl)).toEqual(['Deel A', 'Deel B']);
    expect(result.current.resolve(id(2)).map((goal) => goal.title.nl)).toEqual(['Deel A']);
    expect(result.current.resolve('programmeren.algoritmes.ob').map((goal) => goal.builtIn?.id)).toEqual(['programmeren.algoritmes.ob']);
    expect(result.current.resolve(id(9))).toEqual([]);
    const picked = result.current.pickable.map((option) => option.id);
    expect(picked).toContain(id(2));
    expect(picked).not.toContain(id(1));
    expect(picked).toContain('programmeren.algoritmes.ob');
    const programming = goalById('programmeren.algoritmes.ob');
    expect(programming && result.current.sloTitlesOf(programming)).toEqual([{ id: CARRIED, title: 'SLO-titel' }]);
  });
});
