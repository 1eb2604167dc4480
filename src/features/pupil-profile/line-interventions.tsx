import { useTranslation } from 'react-i18next';
import type { PupilRef } from '@/domain/ids';
import { resultsAround, type Intervention } from '@/domain/intervention';
import type { LearningLine, Result } from '@/domain/model';
import { schoolDay } from '@/domain/school-day';
import { formatDate } from '@/i18n/format';
import { useRecordIntervention, useRemoveIntervention } from '@/store/interventions.mutations';
import { useClock, useNow } from '@/ui/clock-context';
import { InterventionControl } from '@/ui/intervention-control';
import { useResultsSinceText } from '@/ui/use-intervention-text';
import { useLocale, useLocalText } from '@/ui/use-labels';
import { ScrollRegion } from '@/ui/scroll-region';

interface LineInterventionsProps {
  readonly line: LearningLine;
  readonly pupil: PupilRef;
  readonly pupilName: string;
  /** The pupil's interventions on this line's goals, newest first. */
  readonly interventions: readonly Intervention[];
  readonly results: readonly Result[];
  readonly goalTitle: (id: string) => string;
}

/** A line's interventions for the pupil: record one, and the table of those recorded with what happened since. */
export function LineInterventions({ line, pupil, pupilName, interventions, results, goalTitle }: LineInterventionsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useLocalText();
  const now = useClock();
  const today = schoolDay(useNow());
  const record = useRecordIntervention(now);
  const remove = useRemoveIntervention();
  const sinceText = useResultsSinceText();
  const levelLabel = (id: string) => {
    const level = line.levels.find((candidate) => candidate.id === id);
    return level ? text(level.label) : id;
  };
  const goals = line.goals.map((goal) => ({ id: goal.id, label: text(goal.title), group: levelLabel(goal.level) }));
  const headingId = `interventies-${line.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('interventions.table.title', { line: text(line.title) })}</h3>
      <InterventionControl
        label={t('interventions.record')}
        title={t('interventions.titlePupil', { name: pupilName })}
        goals={goals}
        today={today}
        onSave={(values) => record({ ...values, pupils: [pupil], group: null })}
      />
      {interventions.length === 0 ? (
        <p className="muted">{t('interventions.table.none')}</p>
      ) : (
        <ScrollRegion label={t('interventions.table.caption', { name: pupilName, line: text(line.title) })}>
          <table>
            <caption className="visually-hidden">{t('interventions.table.caption', { name: pupilName, line: text(line.title) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('interventions.table.date')}</th>
                <th scope="col">{t('interventions.table.kind')}</th>
                <th scope="col">{t('interventions.table.goal')}</th>
                <th scope="col">{t('interventions.table.note')}</th>
                <th scope="col">{t('interventions.table.since')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('interventions.table.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {interventions.map((item) => {
                const kind = t(`interventions.kind.${item.kind}`);
                const date = formatDate(locale, item.date);
                return (
                  <tr key={item.id}>
                    <td>{date}</td>
                    <td>{kind}</td>
                    <td>{goalTitle(item.goal)}</td>
                    <td>{item.note || '–'}</td>
                    <td>{sinceText(resultsAround(item, results))}</td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        disabled={remove.isPending}
                        aria-label={t('interventions.table.removeLabel', { kind, date })}
                        onClick={() => remove.mutate(item.id)}
                      >
                        {t('interventions.table.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {remove.isError ? <p role="alert">{t('interventions.removeFailed')}</p> : null}
    </section>
  );
}
