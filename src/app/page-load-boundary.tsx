import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorNotice } from '@/ui/error-notice';
import { PageLoadError } from './page-load-error';

interface BoundaryProps {
  readonly children: ReactNode;
  /** The path: going elsewhere tries again. */
  readonly resetKey: string;
  readonly fallback: (error: PageLoadError) => ReactNode;
}

/** Catches only PageLoadError (a chunk that did not arrive); every other error goes on up, as before code splitting. */
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
    if (error instanceof PageLoadError) return this.props.fallback(error);
    if (error) throw error;
    return this.props.children;
  }
}

function PageLoadFailed({ error }: { error: PageLoadError }) {
  const { t } = useTranslation();
  return (
    <ErrorNotice
      title={t('common.error.title')}
      message={t('common.pageLoadFailed')}
      detail={error.message}
      detailLabel={t('common.error.details')}
      action={
        <button type="button" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
      }
    />
  );
}

export function PageLoadBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <Boundary resetKey={pathname} fallback={(error) => <PageLoadFailed error={error} />}>
      {children}
    </Boundary>
  );
}
