import { memo, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LearningLine } from '@/domain/model';
import { useCurriculum } from '@/store/curriculum.queries';
import { useLocalText } from '@/ui/use-labels';
import type { LevelGoals } from './line-summary';

interface GoalListProps {
  readonly line: LearningLine;
  readonly levels: readonly LevelGoals[];
  readonly groupName: string;
  readonly selected: string | null;
  /** The search string that opens a goal (keeps line and group). */
  readonly hrefFor: (goal: string) => string;
}

/** The line's goals by level, in order; per goal how many pupils master it, in words and as a bar. Memo: the page keeps its props while they stay. */
export const GoalList = memo(function GoalList({ line, levels, groupName, selected, hrefFor }: GoalListProps) {
  const { t } = useTranslation();
  const text = useLocalText();
  const { sloTitlesOf } = useCurriculum();
  // Closing a goal's drill-in returns focus to that goal's link, so a keyboard user keeps their place in the list.
  const links = useRef(new Map<string, HTMLAnchorElement>());
  const opened = useRef(selected);
  useEffect(() => {
    const closed = opened.current;
    opened.current = selected;
    if (closed !== null && selected === null) links.current.get(closed)?.focus();
  }, [selected]);
  const strandTitle = (id: string) => {
    const strand = line.strands.find((candidate) => candidate.id === id);
    return strand ? text(strand.title) : '';
  };
  return (
    <section aria-labelledby="line-goals-title" className="panel">
      <h2 id="line-goals-title">{t('learningLines.goalsTitle')}</h2>
      <p className="muted">{t('learningLines.goalsIntro', { group: groupName })}</p>
      {levels.map(({ level, goals }) => {
        const headingId = `niveau-${line.id}-${level.id}`;
        return (
          <section key={level.id} aria-labelledby={headingId}>
            <h3 id={headingId}>{text(level.label)}</h3>
            <ol className="goal-list" style={{ listStyle: 'none', padding: 0 }}>
              {goals.map(({ goal, masters, withEvidence, pupils }) => {
                const title = text(goal.title);
                const strand = strandTitle(goal.strand);
                return (
                  <li key={goal.id} style={{ marginBottom: '0.75rem' }}>
                    {strand !== '' && strand !== title ? <div className="muted">{strand}</div> : null}
                    <Link
                      ref={(element) => {
                        if (element) links.current.set(goal.id, element);
                        else links.current.delete(goal.id);
                      }}
                      to={{ search: hrefFor(goal.id) }}
                      aria-current={selected === goal.id ? 'true' : undefined}
                      style={selected === goal.id ? { fontWeight: 700 } : undefined}
                    >
                      {title}
                    </Link>
                    <div>
                      <meter
                        min={0}
                        max={Math.max(1, pupils)}
                        value={masters}
                        aria-label={t('learningLines.meterLabel', { goal: title })}
                        style={{ width: '10rem', marginRight: '0.5rem' }}
                      />
                      <span>{t('learningLines.mastersCount', { masters, pupils })}</span>
                      <span className="muted"> ({t('learningLines.withEvidence', { n: withEvidence })})</span>
                    </div>
                    {sloTitlesOf(goal).length > 0 ? (
                      <details>
                        <summary>{t('curriculum.view.sloTitles', { count: sloTitlesOf(goal).length })}</summary>
                        <ul>
                          {sloTitlesOf(goal).map((slo) => (
                            <li key={slo.id}>{slo.title}</li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </section>
  );
});
