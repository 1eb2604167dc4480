import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { groupId, type PupilKey, type PupilRef } from '@/domain/ids';
import { schoolDay } from '@/domain/school-day';
import { useRecordIntervention } from '@/store/interventions.mutations';
import { useClock } from '@/ui/clock-context';
import { InterventionControl } from '@/ui/intervention-control';
import { useLocalText } from '@/ui/use-labels';
import { useCarriedHref } from '@/ui/use-view-filters';
import type { LineInstructionGroups } from './use-needs-help';
import { useGoalText } from './use-reason-text';

interface InstructionGroupListProps {
  /** Per line with goals at the group's target level: its groups and who is left over. */
  readonly lines: readonly LineInstructionGroups[];
  readonly nameOf: (key: PupilKey) => string;
  /** Given with the group the instruction groups are of: each gets a button to record an intervention for it. */
  readonly refOf?: (key: PupilKey) => PupilRef | null;
  readonly group?: string;
}

/** Instruction groups per line, as a list per goal with its pupils (weakest first); then who is left over on that line. */
export function InstructionGroupList({ lines, nameOf, refOf, group: groupOfPupils }: InstructionGroupListProps) {
  const { t } = useTranslation();
  const clock = useClock();
  const today = schoolDay(clock());
  const record = useRecordIntervention(clock);
  const text = useLocalText();
  const goalText = useGoalText();
  const hrefTo = useCarriedHref();
  const pupilLink = (key: PupilKey) => <Link to={hrefTo(`/leerling/${key}`)}>{nameOf(key)}</Link>;
  const withGroups = lines.filter((line) => line.groups.groups.length > 0);
  return (
    <section aria-labelledby="instruction-groups-title" className="panel">
      <h2 id="instruction-groups-title">{t('needsHelp.groups.title')}</h2>
      <p className="muted">{t('needsHelp.groups.intro')}</p>
      {withGroups.length === 0 ? <p>{t('needsHelp.groups.none')}</p> : null}
      {withGroups.map(({ line, groups }, lineIndex) => {
        const lineHeading = `instruction-line-${lineIndex}`;
        return (
          <section key={line.id} aria-labelledby={lineHeading}>
            <h3 id={lineHeading}>{text(line.title)}</h3>
            <div className="instruction-groups">
              {groups.groups.map((group, index) => {
                const headingId = `${lineHeading}-group-${index}`;
                // Two groups on one goal get a number each, so no two headings read the same.
                const sameGoal = groups.groups.filter((other) => other.goal === group.goal);
                const heading =
                  sameGoal.length > 1
                    ? t('needsHelp.groups.numbered', { ...goalText(group.goal), n: sameGoal.indexOf(group) + 1, total: sameGoal.length })
                    : t('needsHelp.groups.caption', goalText(group.goal));
                return (
                  // Not a landmark: a goal with more pupils than fit one group has several groups of the same name.
                  <div key={`${group.goal}-${index}`} className="instruction-group">
                    <h4 id={headingId}>{heading}</h4>
                    <p className="muted">{t('needsHelp.groups.count', { count: group.pupils.length })}</p>
                    <ol aria-labelledby={headingId} className="inline-list">
                      {group.pupils.map((key) => (
                        <li key={key}>{pupilLink(key)}</li>
                      ))}
                    </ol>
                    {refOf && groupOfPupils ? (
                      <InterventionControl
                        label={t('interventions.recordForGroup')}
                        title={t('interventions.titleGroup', { goal: goalText(group.goal).goal, count: group.pupils.length })}
                        goals={[{ id: group.goal, label: goalText(group.goal).goal, group: text(line.title) }]}
                        today={today}
                        onSave={(values) =>
                          record({
                            ...values,
                            pupils: group.pupils.flatMap((key) => refOf(key) ?? []),
                            group: groupId(groupOfPupils),
                          })
                        }
                      />
                    ) : null}
                  </div>
                );
              })}
            </div>
            {groups.leftovers.length > 0 ? (
              <>
                <h4 id={`${lineHeading}-leftovers`}>{t('needsHelp.groups.leftovers')}</h4>
                <ul aria-labelledby={`${lineHeading}-leftovers`} className="inline-list">
                  {groups.leftovers.map((key) => (
                    <li key={key}>{pupilLink(key)}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        );
      })}
    </section>
  );
}
