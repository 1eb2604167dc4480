import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PupilKey } from '@/domain/ids';
import type { InstructionGroups } from '@/domain/progress/needs-help';
import { useGoalText } from './use-reason-text';

interface InstructionGroupListProps {
  readonly groups: InstructionGroups;
  readonly nameOf: (key: PupilKey) => string;
}

/** Instruction groups as a list per goal, each with its pupils (weakest first); then who is left over. */
export function InstructionGroupList({ groups, nameOf }: InstructionGroupListProps) {
  const { t } = useTranslation();
  const goalText = useGoalText();
  const pupilLink = (key: PupilKey) => <Link to={`/leerling/${key}`}>{nameOf(key)}</Link>;
  return (
    <section aria-labelledby="instruction-groups-title" className="panel">
      <h2 id="instruction-groups-title">{t('needsHelp.groups.title')}</h2>
      <p className="muted">{t('needsHelp.groups.intro')}</p>
      {groups.groups.length === 0 ? <p>{t('needsHelp.groups.none')}</p> : null}
      {groups.groups.map((group, index) => {
        const headingId = `instruction-group-${index}`;
        return (
          <section key={`${group.goal}-${index}`} aria-labelledby={headingId}>
            <h3 id={headingId}>{t('needsHelp.groups.caption', goalText(group.goal))}</h3>
            <p className="muted">{t('needsHelp.groups.count', { count: group.pupils.length })}</p>
            <ol aria-labelledby={headingId}>
              {group.pupils.map((key) => (
                <li key={key}>{pupilLink(key)}</li>
              ))}
            </ol>
          </section>
        );
      })}
      {groups.leftovers.length > 0 ? (
        <>
          <h3 id="instruction-leftovers-title">{t('needsHelp.groups.leftovers')}</h3>
          <ul aria-labelledby="instruction-leftovers-title">
            {groups.leftovers.map((key) => (
              <li key={key}>{pupilLink(key)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
