import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/i18n/format';
import { useDb } from '@/store/db-context';
import { privacyQueries } from '@/store/privacy.queries';
import { usePurgeExpired, useSetIdleMinutes, useSetRetentionYears } from '@/store/privacy.mutations';
import { IDLE_CHOICES } from '@/store/privacy.repo';
import { useNow } from '@/ui/clock-context';
import { ErrorNotice } from '@/ui/error-notice';
import { useLocale } from '@/ui/use-labels';

/** How many school years results are kept, and a purge on demand. */
export function RetentionSettings() {
  const { t } = useTranslation();
  const db = useDb();
  const now = useNow();
  const locale = useLocale();
  const id = useId();
  const years = useQuery(privacyQueries.retention(db));
  const idle = useQuery(privacyQueries.idleMinutes(db));
  const idleId = useId();
  const saveIdle = useSetIdleMinutes();
  const save = useSetRetentionYears();
  const purge = usePurgeExpired();
  // Each failure says what did not happen; the choice shown stays what is stored.
  const failures = [
    { error: save.error, message: t('privacy.retention.saveFailed') },
    { error: purge.error, message: t('privacy.retention.purgeFailed') },
    { error: saveIdle.error, message: t('privacy.retention.idleFailed') },
  ];
  return (
    <section aria-labelledby="retention-title" className="panel">
      <h2 id="retention-title">{t('privacy.retention.title')}</h2>
      <p>{t('privacy.retention.help')}</p>
      <label htmlFor={id}>{t('privacy.retention.years')}</label>{' '}
      <select id={id} value={years.data ?? 2} onChange={(event) => save.mutate(Number(event.target.value))}>
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {n === 1 ? t('privacy.retention.option', { n }) : t('privacy.retention.optionPlural', { n })}
          </option>
        ))}
      </select>{' '}
      <button type="button" className="secondary" onClick={() => purge.mutate(now)} disabled={purge.isPending}>
        {t('privacy.retention.purge')}
      </button>
      <p>
        <label htmlFor={idleId}>{t('privacy.retention.idle')}</label>{' '}
        <select id={idleId} value={idle.data ?? 15} onChange={(event) => saveIdle.mutate(Number(event.target.value))}>
          {IDLE_CHOICES.map((n) => (
            <option key={n} value={n}>
              {t('privacy.retention.minutes', { n })}
            </option>
          ))}
        </select>
      </p>
      {failures.map(({ error, message }) =>
        error ? (
          <ErrorNotice
            key={message}
            title={t('common.error.title')}
            message={message}
            detail={error.message}
            detailLabel={t('common.error.details')}
          />
        ) : null,
      )}
      {purge.data ? (
        <p role="status">
          {t('privacy.retention.purged', {
            n: purge.data.removed,
            rejections: purge.data.rejections,
            assessments: purge.data.assessments,
            interventions: purge.data.interventions,
            judgements: purge.data.judgements,
            date: formatDate(locale, purge.data.cutoff),
          })}
        </p>
      ) : null}
    </section>
  );
}
