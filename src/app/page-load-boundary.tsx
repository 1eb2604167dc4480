import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LoadFailedNotice } from '@/ui/load-failed-notice';
import { PageLoadError } from './page-load-error';

interface BoundaryProps {
  readonly children: ReactNode;
  /** The path: going elsewhere tries again. */
  readonly resetKey: string;
  readonly fallback: (error: unknown) => ReactNode;
}

/**
 * Catches what a page throws while it renders, so the header and menu stay and only the main area
 * shows what went wrong (decision 020): a chunk that did not arrive (PageLoadError) or any other error.
 */
class Boundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidUpdate(previous: BoundaryProps) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    const { error } = this.state;
    return error ? this.props.fallback(error) : this.props.children;
  }
}

function PageFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <LoadFailedNotice error={error} message={error instanceof PageLoadError ? t('common.pageLoadFailed') : t('common.pageFailed')} />;
}

/** Around the Outlet in the layout: a page that cannot be shown gets a message with what to do; header and menu stay. */
export function PageLoadBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <Boundary resetKey={pathname} fallback={(error) => <PageFailed error={error} />}>
      {children}
    </Boundary>
  );
}
