import { memo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LearningLine } from '@/domain/model';
import type { ClassGridRow } from '@/domain/progress/estimated-grid';
import type { PupilWithRoster } from '@/store/school.queries';
import { useLocalText, usePupilName } from '@/ui/use-labels';
import { useCarriedHref } from '@/ui/use-view-filters';
import { positionOnLine } from './line-summary';
import { ScrollRegion } from '@/ui/scroll-region';

interface PositionTableProps {
  readonly line: LearningLine;
  readonly pupils: readonly PupilWithRoster[];
  readonly rows: readonly ClassGridRow[];
  readonly groupName: string;
}

/** Each pupil's position on the line: goals mastered per level, and the furthest level mostly mastered. Memo: the page keeps its props while they stay. */
export const PositionTable = memo(function PositionTable({ line, pupils, rows, groupName }: PositionTableProps) {
  const { t } = useTranslation();
  const hrefTo = useCarriedHref();
  const text = useLocalText();
  const nameOf = usePupilName();
  const levels = [...line.levels].sort((a, b) => a.order - b.order).filter((level) => line.goals.some((goal) => goal.level === level.id));
  const levelLabel = (id: string | null) => {
    const level = line.levels.find((candidate) => candidate.id === id);
    return level ? text(level.label) : t('learningLines.noPosition');
  };
  const byKey = new Map(rows.map((row) => [row.key as number, row]));
  return (
    <section aria-labelledby="line-position-title" className="panel">
      <h2 id="line-position-title">{t('learningLines.positionTitle')}</h2>
      <ScrollRegion label={t('learningLines.positionCaption', { group: groupName, line: text(line.title) })}>
        <table>
          <caption>{t('learningLines.positionCaption', { group: groupName, line: text(line.title) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('learningLines.pupil')}</th>
              {levels.map((level) => (
                <th scope="col" key={level.id} className="num">
                  {text(level.label)}
                </th>
              ))}
              <th scope="col">{t('learningLines.position')}</th>
            </tr>
          </thead>
          <tbody>
            {pupils.map(({ pupil, roster }) => {
              const row = byKey.get(pupil.key);
              const position = row ? positionOnLine(line, row) : null;
              const name = nameOf(pupil, roster);
              return (
                <tr key={pupil.key}>
                  <th scope="row">
                    <Link to={hrefTo(`/leerling/${pupil.key}`)} aria-label={t('learningLines.openPupil', { name })}>
                      {name}
                    </Link>
                  </th>
                  {levels.map((level) => {
                    const tally = position?.levels.find((candidate) => candidate.level === level.id);
                    const total = tally?.total ?? line.goals.filter((goal) => goal.level === level.id).length;
                    return (
                      <td key={level.id} className="num">
                        {t('learningLines.masteredOf', { mastered: tally?.mastered ?? 0, total })}
                      </td>
                    );
                  })}
                  <td>{levelLabel(position?.furthest ?? null)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
});
