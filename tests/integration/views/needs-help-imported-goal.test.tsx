import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltIn } from '@/curriculum/built-in.load';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { adapterFor } from '@/adapters/registry';
import { AppProviders } from '@/app/app';
import { createI18n } from '../../support/i18n';
import { createQueryClient } from '@/app/query-client';
import { importedLine, readSloFile, setSloLinks } from '@/curriculum/slo-import';
import { goalId, pupilKey } from '@/domain/ids';
import type { LearningLine } from '@/domain/model';
import { InstructionGroupList } from '@/features/needs-help/instruction-group-list';
import { NeedsHelpTable } from '@/features/needs-help/needs-help-table';
import { SyncHub } from '@/ingest/sync-hub';
import { listCurriculum } from '@/store/curriculum.repo';
import { importSloFile } from '@/store/slo-import.repo';
import { getCredentials } from '@/store/credentials.memory';
import type { LeerzichtDb } from '@/store/db';
import { DEMO_NOW, freshDb } from '../../support/render-app';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
/** One goal SLO publishes today, on none of our lines, that replaced an older one. */
const SLO_FILE = {
  doel: [{ id: id(1), title: 'Een stappenplan schrijven', bron: 'Aanbodsdoel', replaces: [id(5)] }],
  deprecated: [{ id: id(5), title: 'Oud stappenplan-doel', types: ['doel'], replacedBy: [id(1)] }],
};

async function importSlo(db: LeerzichtDb) {
  const read = readSloFile(JSON.stringify(SLO_FILE), 'doelen.json');
  if (!read.ok) throw new Error('fixture not readable');
  await importSloFile(db, read.file, DEMO_NOW);
  setSloLinks(new Map(), []);
  const line = importedLine((await listCurriculum(db)).goals);
  if (!line) throw new Error('no imported line');
  return line;
}

function renderParts(db: LeerzichtDb, line: LearningLine, goal: string) {
  const queryClient = createQueryClient();
  const hub = new SyncHub({ db, adapterFor, credentialsFor: getCredentials, onStored: () => undefined });
  const key = pupilKey(1);
  return render(
    <AppProviders db={db} queryClient={queryClient} i18n={createI18n('nl')} hub={hub} now={() => DEMO_NOW}>
      <MemoryRouter>
        <NeedsHelpTable
          caption="Groep 5A: leerlingen die hulp nodig hebben"
          nameOf={() => 'Anna de Boer'}
          entries={[{ key, reasons: [{ kind: 'stuck-while-others-master', goal: goalId(goal), value: 0.4, groupShareMastered: 0.8 }] }]}
        />
        <InstructionGroupList
          nameOf={() => 'Anna de Boer'}
          lines={[{ line, groups: { groups: [{ goal: goalId(goal), pupils: [key] }], leftovers: [] } }]}
        />
      </MemoryRouter>
    </AppProviders>,
  );
}

// Rendered here without the app's lazy routes, which load the built-in lines with every page but the class overview.
beforeAll(() => loadBuiltIn());

describe('who needs help: reasons on an imported SLO goal', () => {
  it('name the goal by its SLO title and the imported line, never by its UUID', async () => {
    const db = freshDb();
    renderParts(db, await importSlo(db), id(1));
    const table = screen.getByRole('table', { name: 'Groep 5A: leerlingen die hulp nodig hebben' });
    expect(
      await within(table).findByText(
        'Loopt vast op “Een stappenplan schrijven” (Geïmporteerd uit SLO): 40%, terwijl 80% van de anderen in de groep dit doel beheerst.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 4, name: 'Instructiegroepje voor “Een stappenplan schrijven” (Geïmporteerd uit SLO)' }),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(id(1));
  });

  it('a goal SLO replaced is named by its successor', async () => {
    const db = freshDb();
    renderParts(db, await importSlo(db), id(5));
    expect(await screen.findByText(/^Loopt vast op “Een stappenplan schrijven” \(Geïmporteerd uit SLO\)/)).toBeInTheDocument();
  });
});
