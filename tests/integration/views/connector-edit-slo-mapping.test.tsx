import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LEESVLINDER_DEFAULT_MAPPING } from '@/adapters/leesvlinder/leesvlinder.mapping';
import { readSloFile, setSloLinks } from '@/curriculum/slo-import';
import { goalId, sourceId } from '@/domain/ids';
import { importSloFile } from '@/store/slo-import.repo';
import { saveSource } from '@/store/sources.repo';
import { setCredentials } from '@/store/credentials.memory';
import { LEESVLINDER_DEMO } from '../../../mocks/suppliers/leesvlinder/leesvlinder.demo';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';

/** SLO's real kerndoelen.json, read at test time from ../shared: PO Kerndoel 40 (2de22d5b…) replaces d803cf62…. */
const KERNDOELEN = path.resolve(__dirname, '../../../../shared/fixtures/slo/kerndoelen/kerndoelen.json');
const REPLACED = 'd803cf62-cf7e-404c-b650-8c7543534b6d';
const SUCCESSOR_TITLE = /^NATUUR-OUD: De leerlingen leren in de eigen omgeving veel voorkomende planten en dieren/;
const id = sourceId('leesvlinder-slo');

afterEach(() => setSloLinks(new Map(), []));

describe('editing a connector whose codes map to imported SLO goals', () => {
  it('names an imported goal by its title and a replaced goal by its successor, not by a UUID', async () => {
    const db = freshDb();
    const read = readSloFile(readFileSync(KERNDOELEN, 'utf8'), 'kerndoelen.json');
    if (!read.ok) throw new Error(read.problem);
    await importSloFile(db, read.file, DEMO_NOW);
    const mapping = { ...LEESVLINDER_DEFAULT_MAPPING, 'NATUUR-OUD': [goalId(REPLACED)] };
    await saveSource(db, {
      id,
      kind: 'leesvlinder',
      name: 'Leesvlinder',
      endpoint: LEESVLINDER_DEMO.endpoint,
      paused: false,
      mapping,
      createdAt: DEMO_NOW.toISOString(),
    });
    setCredentials(id, LEESVLINDER_DEMO.credentials);
    renderApp(`/bronnen/${id}/bewerken`, { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Volgende' }));
    const mapped = await screen.findByRole('list', { name: 'Gekoppelde codes' });
    const item = within(mapped).getAllByText('NATUUR-OUD')[0]?.closest('li') as HTMLElement;
    expect(item.textContent).not.toContain(REPLACED);
    expect(item.textContent).toMatch(SUCCESSOR_TITLE);
  });
});
