import { useTranslation } from 'react-i18next';
import type { GoalJudgements, TeacherJudgement } from '@/domain/teacher-judgement';
import { formatDate, formatDateTime, formatPercent } from '@/i18n/format';
import { useLocale } from '@/ui/use-labels';

/** The teacher's judgement of one goal beside the estimate: status and day, "Verouderd" when newer results disagree, and its history. */
export function JudgementCell({ judged }: { judged: GoalJudgements | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!judged) return <>{t('judgements.none')}</>;
  const { judgement, newer, outdated } = judged.current;
  const status = (item: TeacherJudgement) => t(`common.status.${item.status}`);
  const byId = new Map(judged.history.map((item) => [item.id, item]));
  return (
    <>
      <p>
        <strong>{t('judgements.current', { status: status(judgement), date: formatDate(locale, judgement.date) })}</strong>
        {outdated ? (
          <>
            {' '}
            <span className="badge">{t('judgements.outdated')}</span>
          </>
        ) : null}
      </p>
      {outdated && newer.mean !== null ? (
        <p>
          {t('judgements.outdatedHelp', {
            date: formatDate(locale, judgement.date),
            count: newer.count,
            mean: formatPercent(locale, newer.mean),
            status: t(`common.status.${newer.status}`),
          })}
        </p>
      ) : (
        <p className="muted">{t('judgements.followed')}</p>
      )}
      {judgement.note ? <p>{t('judgements.note', { note: judgement.note })}</p> : null}
      <details>
        <summary>{t('judgements.history', { count: judged.history.length })}</summary>
        <ol>
          {judged.history.map((item) => {
            const replaced = item.replaces ? byId.get(item.replaces) : undefined;
            return (
              <li key={item.id}>
                {t('judgements.historyItem', {
                  date: formatDate(locale, item.date),
                  status: status(item),
                  role: t(`judgements.role.${item.role}`),
                  recorded: formatDateTime(locale, item.recordedAt),
                })}
                {'; '}
                {replaced ? t('judgements.replaced', { status: status(replaced), date: formatDate(locale, replaced.date) }) : t('judgements.first')}
                {item.note ? ` · ${t('judgements.note', { note: item.note })}` : null}
              </li>
            );
          })}
        </ol>
      </details>
    </>
  );
}
