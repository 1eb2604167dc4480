import { useTranslation } from 'react-i18next';
import type { RejectionExcerpt } from '@/domain/excerpt';

/**
 * What a rejection kept of the supplier's record, to find it there: inert text in a <pre>, with
 * the personal fields that were removed named but never shown. Older rejections have no excerpt.
 */
export function RejectionExcerptView({ excerpt }: { excerpt: RejectionExcerpt | undefined }) {
  const { t } = useTranslation();
  if (!excerpt) return null;
  return (
    <details className="rejection-excerpt">
      <summary>{t('privacy.excerpt.title')}</summary>
      <pre>{JSON.stringify(excerpt.fields, null, 2)}</pre>
      <p className="muted">
        {excerpt.removed.length > 0 ? t('privacy.excerpt.removed', { fields: excerpt.removed.join(', ') }) : t('privacy.excerpt.noneRemoved')}
        {excerpt.truncated ? ` ${t('privacy.excerpt.truncated')}` : ''}
      </p>
    </details>
  );
}
