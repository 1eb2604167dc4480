import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Grey blocks in the shape of a learning line (heading, summary, chart): hidden from screen readers. */
function SkeletonBlocks() {
  return (
    <div className="skeleton-blocks" aria-hidden="true">
      <div className="skeleton skeleton--line" />
      <div className="skeleton skeleton--line skeleton--short" />
      <div className="skeleton skeleton--chart" />
    </div>
  );
}

/**
 * What the profile shows while its data load: the page's shape instead of a blank wait. The name
 * comes first (the roster is quick); a status says what is being loaded.
 */
export function ProfileSkeleton({ name, back }: { name: string | null; back: ReactNode }) {
  const { t } = useTranslation();
  return (
    <article aria-labelledby="pupil-title" aria-busy="true" className="profile-skeleton">
      <p>{back}</p>
      <h1 id="pupil-title">{name ?? t('pupilProfile.loadingTitle')}</h1>
      <p role="status">{name ? t('pupilProfile.loadingProgress', { name }) : t('pupilProfile.loadingPupil')}</p>
      <SkeletonBlocks />
      <SkeletonBlocks />
    </article>
  );
}

/** A learning line whose section follows in a moment: its heading now, its content when the line's turn comes. */
export function LineSkeleton({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const headingId = `lijn-${id}`;
  return (
    <section className="line-section" aria-labelledby={headingId} aria-busy="true">
      <h2 id={headingId}>{title}</h2>
      <p className="muted">{t('pupilProfile.lineLoading')}</p>
      <SkeletonBlocks />
    </section>
  );
}
