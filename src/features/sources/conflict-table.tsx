import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Conflict, SourceValue } from '@/domain/quality/conflicts';
import type { Goal, LearningLine } from '@/domain/model';
import { formatNumber, formatPercent } from '@/i18n/format';
import type { PupilWithRoster } from '@/store/school.queries';
import { useLocale, useLocalText, usePupilName } from '@/ui/use-labels';
import { CaptionedTable } from '@/ui/captioned-table';

/** At most this many conflicts are listed; the rest are counted. */
const SHOWN = 50;

interface ConflictTableProps {
  readonly caption: string;
  readonly conflicts: readonly Conflict[];
  readonly pupils: readonly PupilWithRoster[];
  readonly sourceName: (id: string) => string;
  readonly goal: (id: string) => { readonly goal: Goal; readonly line: LearningLine } | undefined;
}

/** Pupils whose sources disagree strongly on a goal, with both values; the name opens the pupil's profile. */
export function ConflictTable({ caption, conflicts, pupils, sourceName, goal }: ConflictTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useLocalText();
  const nameOf = usePupilName();
  const byRef = new Map(pupils.map((entry) => [entry.pupil.ref as string, entry]));
  const value = (item: SourceValue) =>
    t('dataQuality.conflicts.value', {
      source: sourceName(item.source),
      value: formatPercent(locale, item.value),
      n: formatNumber(locale, item.results),
    });
  const goalText = (id: string) => {
    const found = goal(id);
    if (!found) return id;
    const level = found.line.levels.find((candidate) => candidate.id === found.goal.level);
    return `${text(found.line.title)} · ${level ? text(level.label) : found.goal.level} · ${text(found.goal.title)}`;
  };
  return (
    <>
      <CaptionedTable
        caption={caption}
        columns={[t('dataQuality.conflicts.pupil'), t('dataQuality.conflicts.goal'), t('dataQuality.conflicts.high'), t('dataQuality.conflicts.low')]}
      >
        {conflicts.slice(0, SHOWN).map((item) => {
          const entry = byRef.get(item.pupil);
          return (
            <tr key={`${item.pupil}|${item.goal}`}>
              <th scope="row">{entry ? <Link to={`/leerling/${entry.pupil.key}`}>{nameOf(entry.pupil, entry.roster)}</Link> : null}</th>
              <td>{goalText(item.goal)}</td>
              <td>{value(item.high)}</td>
              <td>{value(item.low)}</td>
            </tr>
          );
        })}
      </CaptionedTable>
      {conflicts.length > SHOWN ? (
        <p className="muted">{t('dataQuality.conflicts.more', { n: formatNumber(locale, conflicts.length - SHOWN) })}</p>
      ) : null}
    </>
  );
}
