import { useTranslation } from 'react-i18next';
import type { Pupil, RosterEntry } from '@/domain/model';
import type { Rubric } from '@/domain/rubric';
import { useLocalText } from '@/ui/use-labels';

export type Draft = Readonly<Record<string, string>>;
export const cellKey = (pupil: number, criterion: string) => `${pupil}|${criterion}`;

interface GridProps {
  readonly rubric: Rubric;
  readonly yearLevel: string;
  readonly pupils: readonly { pupil: Pupil; roster: RosterEntry | null; name: string }[];
  readonly criteria: readonly string[];
  /** Current level per cell: the draft, else the latest saved level. */
  readonly levelOf: (pupil: number, criterion: string) => string;
  readonly onChange: (pupil: number, criterion: string, level: string) => void;
  readonly caption: string;
}

/** Keyboard-first entry: a real table of native selects, in reading order, one tab stop per cell. */
export function AssessmentGrid({ rubric, yearLevel, pupils, criteria, levelOf, onChange, caption }: GridProps) {
  const { t } = useTranslation();
  const text = useLocalText();
  const shown = rubric.criteria.filter((criterion) => criteria.includes(criterion.id));
  const levelLabel = (id: string) => text(rubric.levels.find((level) => level.id === id)?.label ?? { nl: id, en: id });
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rubrics.pupil')}</th>
          {shown.map((criterion) => {
            const target = rubric.targets[yearLevel]?.[criterion.id];
            return (
              <th key={criterion.id} scope="col">
                {text(criterion.title)}
                {target ? <span className="muted"> ({t('rubrics.target', { level: levelLabel(target) })})</span> : null}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {pupils.map(({ pupil, name }) => (
          <tr key={pupil.key}>
            <th scope="row">{name}</th>
            {shown.map((criterion) => {
              const level = levelOf(pupil.key, criterion.id);
              return (
                <td key={criterion.id}>
                  <select aria-label={t('rubrics.levelFor', { criterion: text(criterion.title), name })} value={level} onChange={(event) => onChange(pupil.key, criterion.id, event.target.value)}>
                    <option value="">{t('rubrics.notAssessed')}</option>
                    {level !== '' && !rubric.levels.some((option) => option.id === level) ? (
                      <option value={level} disabled>
                        {t('rubrics.library.removedLevelOption', { id: level })}
                      </option>
                    ) : null}
                    {rubric.levels.map((option) => (
                      <option key={option.id} value={option.id} title={text(criterion.descriptors[option.id] ?? option.label)}>
                        {text(option.label)}
                      </option>
                    ))}
                  </select>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
