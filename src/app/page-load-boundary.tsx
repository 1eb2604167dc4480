import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { errorDetail } from '@/ui/error-detail';
import { ErrorNotice } from '@/ui/error-notice';
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
  return (
    <ErrorNotice
      title={t('common.error.title')}
      message={error instanceof PageLoadError ? t('common.pageLoadFailed') : t('common.pageFailed')}
      detail={errorDetail(error)}
      detailLabel={t('common.error.details')}
      action={
        <button type="button" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
      }
    />
  );
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
