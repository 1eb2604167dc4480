import { Suspense, type ComponentType } from 'react';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../support/i18n';
import { onFirstUse } from '@/features/unlock/on-first-use';

const renderPart = (Part: ComponentType<{ label: string }>) =>
  render(
    <I18nextProvider i18n={createI18n('nl')}>
      <Suspense fallback={<span role="status">laden</span>}>
        <Part label="het formulier" />
      </Suspense>
    </I18nextProvider>,
  );

describe('a header part loaded on first use (onFirstUse)', () => {
  it('shows the part once its code is there, with its props', async () => {
    const Form = ({ label }: { label: string }) => <p>{label}</p>;
    renderPart(onFirstUse(() => Promise.resolve({ Form }), 'Form'));
    expect(await screen.findByText('het formulier')).toBeInTheDocument();
  });

  it('says why in its place, with a reload button, when its code does not arrive', async () => {
    renderPart(onFirstUse<{ label: string }, 'Form'>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')), 'Form'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Deze pagina kon niet worden geladen');
    expect(within(alert).getByRole('button', { name: 'Pagina opnieuw laden' })).toBeEnabled();
    expect(within(alert).getByText('TypeError: Failed to fetch dynamically imported module')).toBeInTheDocument();
  });
});
