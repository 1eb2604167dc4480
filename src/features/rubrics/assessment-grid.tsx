import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pupil, RosterEntry } from '@/domain/model';
import { nextStep, type Rubric, type RubricCriterion } from '@/domain/rubric';
import { useLocalText } from '@/ui/use-labels';
import { ScrollRegion } from '@/ui/scroll-region';

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

/**
 * Keyboard-first entry: a real table of native selects, in reading order, one tab stop per cell.
 * Each select's chosen level has its descriptor and the step to the next level as visible text beside it
 * (its accessible description); with one criterion in view, a legend lists every level with both.
 */
export function AssessmentGrid({ rubric, yearLevel, pupils, criteria, levelOf, onChange, caption }: GridProps) {
  const { t } = useTranslation();
  const text = useLocalText();
  const base = useId();
  const shown = rubric.criteria.filter((criterion) => criteria.includes(criterion.id));
  const levelLabel = (id: string) => text(rubric.levels.find((level) => level.id === id)?.label ?? { nl: id, en: id });
  const known = (level: string) => rubric.levels.some((option) => option.id === level);
  const descriptorOf = (criterion: RubricCriterion, level: string) => {
    const descriptor = known(level) ? criterion.descriptors[level] : undefined;
    return descriptor ? text(descriptor) : '';
  };
  const stepOf = (criterion: RubricCriterion, level: string) => {
    const step = nextStep(rubric, criterion, level);
    return step.kind === 'step' ? text(step.text) : '';
  };
  const legendFor = shown.length === 1 ? shown[0] : undefined;
  return (
    <>
      {legendFor ? <LevelLegend rubric={rubric} criterion={legendFor} /> : null}
      <ScrollRegion label={caption} focusable={false}>
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
            {pupils.map(({ pupil, name }, row) => (
              <tr key={pupil.key}>
                <th scope="row">{name}</th>
                {shown.map((criterion, column) => {
                  const level = levelOf(pupil.key, criterion.id);
                  const descriptor = descriptorOf(criterion, level);
                  const step = stepOf(criterion, level);
                  const describedBy = `${base}-${row}-${column}`;
                  const described = [descriptor ? describedBy : '', step ? `${describedBy}-step` : ''].filter(Boolean).join(' ');
                  return (
                    <td key={criterion.id}>
                      <select
                        aria-label={t('rubrics.levelFor', { criterion: text(criterion.title), name })}
                        aria-describedby={described || undefined}
                        value={level}
                        onChange={(event) => onChange(pupil.key, criterion.id, event.target.value)}
                      >
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
                      {descriptor ? (
                        <div id={describedBy} className="muted rubric-descriptor">
                          {descriptor}
                        </div>
                      ) : null}
                      {step ? (
                        <div id={`${describedBy}-step`} className="muted rubric-step">
                          {t('rubrics.stepLine', { step })}
                        </div>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

/** The levels on offer for one criterion, each with what you see at that level and the step to the next one. */
function LevelLegend({ rubric, criterion }: { rubric: Rubric; criterion: RubricCriterion }) {
  const { t } = useTranslation();
  const text = useLocalText();
  return (
    <div className="rubric-legend">
      <p className="notice__title">{t('rubrics.legend', { criterion: text(criterion.title) })}</p>
      <dl className="facts">
        {rubric.levels.map((level) => {
          const descriptor = criterion.descriptors[level.id];
          const step = nextStep(rubric, criterion, level.id);
          return (
            <Fragment key={level.id}>
              <dt>{text(level.label)}</dt>
              <dd>
                {descriptor ? text(descriptor) : t('rubrics.noDescriptor')}
                {step.kind === 'step' ? <div className="rubric-step">{t('rubrics.stepLine', { step: text(step.text) })}</div> : null}
              </dd>
            </Fragment>
          );
        })}
      </dl>
    </div>
  );
}
