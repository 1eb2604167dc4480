import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { adapterFor } from '@/adapters/registry';
import { AppProviders, AppRoutes } from '@/app/app';
import { createI18n } from '../../support/i18n';
import { createQueryClient, createSyncInvalidator } from '@/app/query-client';
import { rubricId } from '@/domain/ids';
import type { Rubric } from '@/domain/rubric';
import { SyncHub } from '@/ingest/sync-hub';
import { getCredentials } from '@/store/credentials.memory';
import { saveRubric } from '@/store/rubrics.repo';
import { freshDb } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';

/** The app at /rubrics at a chosen moment (the clock the page reads its default date from). */
function renderAt(db: ReturnType<typeof freshDb>, now: Date, path = '/rubrics') {
  const queryClient = createQueryClient();
  const hub = new SyncHub({ db, adapterFor, credentialsFor: getCredentials, onStored: createSyncInvalidator(queryClient, 10) });
  return render(
    <AppProviders db={db} queryClient={queryClient} i18n={createI18n('nl')} hub={hub} now={() => now}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
}

const text = (nl: string) => ({ nl, en: nl });
/** A rubric as a CASE file from another tool may bring it: a criterion id with a "|" in it. */
const piped: Rubric = {
  id: rubricId('samenwerken'),
  title: text('Samenwerken'),
  description: text(''),
  levels: [
    { id: 'laag', label: text('laag') },
    { id: 'hoog', label: text('hoog') },
  ],
  criteria: [{ id: 'a|b', title: text('Overleggen'), weight: 1, goals: [], descriptors: { laag: text('soms'), hoog: text('vaak') }, steps: {} }],
  targets: {},
};

describe('rubric entry: date and criterion ids', () => {
  it('starts on the date in Amsterdam, not in UTC (00:30 on 4 July there is 22:30 on 3 July UTC)', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderAt(db, new Date('2026-07-03T22:30:00.000Z'));
    expect(await screen.findByLabelText('Datum')).toHaveValue('2026-07-04');
  });

  it('does not save assessments without a date', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderAt(db, new Date('2026-07-03T14:00:00.000Z'));
    const user = userEvent.setup();
    const first = await screen.findByRole('combobox', { name: /voor Anna de Boer$/ });
    await user.selectOptions(first, within(first).getAllByRole('option')[1]!.getAttribute('value')!);
    await user.clear(screen.getByLabelText('Datum'));
    const save = screen.getByRole('button', { name: 'Beoordelingen opslaan' });
    expect(save).toHaveAttribute('aria-disabled', 'true');
    await user.click(save);
    expect(screen.queryByText(/beoordelingen? opgeslagen/)).not.toBeInTheDocument();
    expect(await db.assessments.count()).toBe(0);
  });

  it('opened for a school rubric (as after saving it in the editor), shows the first criterion of that rubric', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    await saveRubric(db, { ...piped, criteria: [{ ...piped.criteria[0]!, id: 'overleggen' }] }, new Date('2026-07-01T10:00:00.000Z'));
    renderAt(db, new Date('2026-07-03T14:00:00.000Z'), '/rubrics?rubric=samenwerken');
    const table = await screen.findByRole('table', { name: 'Samenwerken: Overleggen in Groep 5A' });
    expect(within(table).getAllByRole('combobox')).toHaveLength(3);
    expect(screen.getByLabelText('Criterium')).toHaveValue('overleggen');
  });

  it('saves an assessment on a criterion whose id holds a "|" under that whole id', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    await saveRubric(db, piped, new Date('2026-07-01T10:00:00.000Z'));
    renderAt(db, new Date('2026-07-03T14:00:00.000Z'), '/rubrics?rubric=samenwerken');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Overleggen voor Anna de Boer' }), 'hoog');
    await user.click(screen.getByRole('button', { name: 'Beoordelingen opslaan' }));
    expect(await screen.findByText('1 beoordeling opgeslagen.')).toBeInTheDocument();
    expect((await db.assessments.toArray()).map((assessment) => assessment.criterion)).toEqual(['a|b']);
  });
});
