import { Component, lazy, Suspense, type ReactNode } from 'react';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../support/i18n';
import { PageLoadBoundary } from '@/app/page-load-boundary';
import { loadingPage, PageLoadError } from '@/app/page-load-error';
import { PageLoading } from '@/app/page-loading';

class Outer extends Component<{ children: ReactNode }, { caught: boolean }> {
  override state = { caught: false };
  static getDerivedStateFromError() {
    return { caught: true };
  }
  override render() {
    return this.state.caught ? <p>outer boundary</p> : this.props.children;
  }
}

function renderPage(page: ReactNode) {
  const onCaughtError = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('nl')}>
      <MemoryRouter>
        <Outer>
          <PageLoadBoundary>
            <Suspense fallback={<PageLoading />}>{page}</Suspense>
          </PageLoadBoundary>
        </Outer>
      </MemoryRouter>
    </I18nextProvider>,
    { onCaughtError },
  );
  return onCaughtError;
}

describe('PageLoadBoundary', () => {
  it('shows the loading status, then a reload button when the page code does not arrive', async () => {
    const Missing = lazy(() => loadingPage(Promise.reject<{ default: () => null }>(new TypeError('Failed to fetch dynamically imported module'))));
    const caught = renderPage(<Missing />);
    expect(screen.getByRole('status')).toHaveTextContent('Pagina wordt geladen…');
    // The loading page is a page of its own to a screen reader: it has a heading.
    expect(screen.getByRole('heading', { level: 1, name: 'Pagina wordt geladen…' })).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Deze pagina kon niet worden geladen');
    expect(screen.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeInTheDocument();
    expect(caught.mock.calls[0]?.[0]).toBeInstanceOf(PageLoadError);
  });

  it('shows any other error in the page itself, with what to do, and nothing above it is needed', async () => {
    const Broken = lazy(async () => ({
      default: () => {
        throw new RangeError('Invalid time value');
      },
    }));
    const caught = renderPage(<Broken />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Deze pagina kon niet worden getoond');
    expect(alert).toHaveTextContent('Wat is er opgeslagen');
    expect(within(alert).getByText('RangeError: Invalid time value')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeInTheDocument();
    expect(screen.queryByText('outer boundary')).not.toBeInTheDocument();
    expect(caught.mock.calls[0]?.[0]).toBeInstanceOf(RangeError);
  });
});
