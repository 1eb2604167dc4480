import { useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { groupId as toGroupId, type PupilKey } from '@/domain/ids';
import { latestPerCriterion, type Assessment } from '@/domain/rubric';
import { assessmentOn, cellKey, draftChanges, draftedPupils, type DraftChanges } from '@/domain/rubric-entry';
import { isCalendarDate, schoolDay } from '@/domain/school-day';
import { assessmentQueries } from '@/store/assessments.queries';
import { useSaveAssessmentChanges } from '@/store/assessments.mutations';
import { useDb } from '@/store/db-context';
import { useRubrics } from '@/store/rubrics.queries';
import { schoolQueries } from '@/store/school.queries';
import { useNow } from '@/ui/clock-context';
import { formatDate } from '@/i18n/format';
import { useGroupName, useLocale, useLocalText, usePupilName } from '@/ui/use-labels';
import { AssessmentGrid } from './assessment-grid';
import { AssessmentNotes } from './assessment-notes';
import { PupilSwitcher } from './pupil-switcher';
import { RemovedParts } from './removed-parts';
import { RubricActions } from './rubric-actions';
import { UnsavedDrafts } from './unsaved-drafts';
import { useEntryDrafts } from './use-entry-drafts';

/** Fast rubric assessment for a whole group: one criterion at a time, or one pupil at a time. */
export function RubricsPage() {
  const { t } = useTranslation();
  const db = useDb();
  const now = useNow();
  const text = useLocalText();
  const locale = useLocale();
  const nameOf = usePupilName();
  const groupName = useGroupName();
  const ids = { rubric: useId(), group: useId(), criterion: useId(), date: useId() };
  const library = useRubrics();
  const [params] = useSearchParams();
  const savedTitle = (useLocation().state as { savedTitle?: unknown } | null)?.savedTitle;
  const [rubricId, setRubricId] = useState(params.get('rubric') ?? library.rubrics[0]?.id ?? '');
  const rubric = library.byId(rubricId) ?? library.rubrics[0];
  const groups = useQuery(schoolQueries.groups(db));
  // The group chosen on another page (the menu carries ?groep=) until one is picked here.
  const [group, setGroup] = useState<string | null>(params.get('groep'));
  const current = groups.data?.find((candidate) => candidate.id === group) ?? groups.data?.[0] ?? null;
  const pupilsQuery = useQuery({ ...schoolQueries.pupilsIn(db, toGroupId(current?.id ?? '')), enabled: current !== null });
  const pupils = useMemo(
    () => (pupilsQuery.data ?? []).map((item) => ({ ...item, name: nameOf(item.pupil, item.roster) })),
    [pupilsQuery.data, nameOf],
  );
  const saved = useQuery({
    ...assessmentQueries.ofRubric(
      db,
      rubric?.id ?? ('' as never),
      pupils.map((item) => item.pupil.ref),
    ),
    enabled: Boolean(rubric) && pupils.length > 0,
  });
  const [mode, setMode] = useState<'criterion' | 'pupil'>('criterion');
  const [criterion, setCriterion] = useState<string>(rubric?.criteria[0]?.id ?? '');
  const [pupilIndex, setPupilIndex] = useState(0);
  const [date, setDate] = useState(() => schoolDay(now));
  // Unsaved entries per rubric and group: switching either keeps them (see use-entry-drafts).
  const drafts = useEntryDrafts(rubric?.id ?? '', current?.id ?? '');
  const { draft, notes } = drafts.current;
  const [keptEarlier, setKeptEarlier] = useState<string | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const latest = useMemo(
    () =>
      new Map(
        pupils.map(({ pupil }) => [pupil.key, rubric ? latestPerCriterion(saved.data ?? [], rubric, pupil.ref) : new Map<string, Assessment>()]),
      ),
    [pupils, saved.data, rubric],
  );
  const save = useSaveAssessmentChanges();
  // A saved note is done with: it must not go along with the next batch.
  const saveChanges = (changes: DraftChanges, scope: string) => save.mutate(changes, { onSuccess: () => drafts.clear(scope) });
  if (!rubric) return null;
  const visiblePupils = mode === 'pupil' ? pupils.slice(pupilIndex, pupilIndex + 1) : pupils;
  // The chosen criterion, when it belongs to this rubric (the rubric can change under it, e.g. once the school's rubrics load).
  const criterionShown = rubric.criteria.some((item) => item.id === criterion) ? criterion : (rubric.criteria[0]?.id ?? '');
  const criteria = mode === 'criterion' ? [criterionShown] : rubric.criteria.map((item) => item.id);
  const levelOf = (pupil: number, criterionId: string) =>
    draft[cellKey(pupil, criterionId)] ?? latest.get(pupil as PupilKey)?.get(criterionId)?.level ?? '';
  const drafted = draftedPupils(draft);
  const notePupils = mode === 'pupil' ? visiblePupils : pupils.filter((item) => drafted.has(item.pupil.key));
  const changes = rubric
    ? draftChanges(
        rubric,
        draft,
        pupils.map((item) => item.pupil),
        date,
        notes,
        saved.data ?? [],
      )
    : { put: [], remove: [] };
  const canSave = !save.isPending && changes.put.length + changes.remove.length > 0 && isCalendarDate(date);
  /** A level chosen; "(niet beoordeeld)" only stays in the draft where it takes back an assessment on the chosen date. */
  const choose = (pupil: number, criterionId: string, level: string) => {
    const ref = pupils.find((item) => item.pupil.key === pupil)?.pupil.ref;
    const takesBack = level !== '' || (ref !== undefined && assessmentOn(saved.data ?? [], rubric, criterionId, ref, date) !== undefined);
    const earlier = level === '' && !takesBack ? latest.get(pupil as PupilKey)?.get(criterionId) : undefined;
    setKeptEarlier(
      earlier
        ? t('rubrics.keptEarlier', {
            criterion: text(rubric.criteria.find((item) => item.id === criterionId)?.title ?? rubric.title),
            name: pupils.find((item) => item.pupil.key === pupil)?.name ?? '',
            earlier: formatDate(locale, new Date(`${earlier.date}T12:00:00Z`)),
          })
        : null,
    );
    drafts.update((before) => {
      const { [cellKey(pupil, criterionId)]: _dropped, ...rest } = before.draft;
      return { ...before, draft: takesBack ? { ...rest, [cellKey(pupil, criterionId)]: level } : rest };
    });
  };
  /** Next or previous pupil, then straight on to the first level select (and the live region names the pupil). */
  const movePupil = (step: -1 | 1) => {
    flushSync(() => setPupilIndex((index) => Math.min(Math.max(index + step, 0), Math.max(pupils.length - 1, 0))));
    panelRef.current?.querySelector('select')?.focus();
  };
  const what =
    mode === 'criterion' ? text(rubric.criteria.find((item) => item.id === criteria[0])?.title ?? rubric.title) : (visiblePupils[0]?.name ?? '');
  return (
    <section aria-labelledby="rubrics-title">
      <h1 id="rubrics-title">{t('rubrics.title')}</h1>
      <p>{t('rubrics.intro')}</p>
      {typeof savedTitle === 'string' ? <p role="status">{t('rubrics.library.savedNotice', { title: savedTitle })}</p> : null}
      {library.broken.length > 0 ? (
        <p className="notice notice--error">{t('rubrics.library.broken', { n: library.broken.length, ids: library.broken.join(', ') })}</p>
      ) : null}
      <div className="toolbar">
        <div>
          <label htmlFor={ids.rubric}>{t('rubrics.rubric')}</label>{' '}
          <select id={ids.rubric} value={rubric.id} onChange={(event) => (setRubricId(event.target.value), setCriterion(''))}>
            {library.rubrics.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {text(candidate.title)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.group}>{t('rubrics.group')}</label>{' '}
          <select id={ids.group} value={current?.id ?? ''} onChange={(event) => (setGroup(event.target.value), setPupilIndex(0))}>
            {(groups.data ?? []).map((candidate, index) => (
              <option key={candidate.id} value={candidate.id}>
                {groupName(candidate, index)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('rubrics.mode')}</legend>
          {(['criterion', 'pupil'] as const).map((option) => (
            <label key={option} className="radio">
              <input type="radio" name="mode" checked={mode === option} onChange={() => setMode(option)} />{' '}
              {t(option === 'criterion' ? 'rubrics.byCriterion' : 'rubrics.byPupil')}
            </label>
          ))}
        </fieldset>
        {mode === 'criterion' ? (
          <div>
            <label htmlFor={ids.criterion}>{t('rubrics.criterion')}</label>{' '}
            <select id={ids.criterion} value={criteria[0]} onChange={(event) => setCriterion(event.target.value)}>
              {rubric.criteria.map((item) => (
                <option key={item.id} value={item.id}>
                  {text(item.title)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor={ids.date}>{t('rubrics.date')}</label>{' '}
          <input id={ids.date} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
      </div>
      <UnsavedDrafts
        pending={drafts.pending}
        namesOf={(item) => {
          const index = groups.data?.findIndex((candidate) => candidate.id === item.group) ?? -1;
          const found = groups.data?.[index];
          return {
            rubric: text(library.byId(item.rubric)?.title ?? { nl: item.rubric, en: item.rubric }),
            group: found ? groupName(found, index) : item.group,
          };
        }}
        onOpen={(item) => (setRubricId(item.rubric), setGroup(item.group), setCriterion(''), setPupilIndex(0))}
      />
      <RubricActions rubric={rubric} origin={library.originOf(rubric.id)} />
      <div className="panel" ref={panelRef}>
        {mode === 'pupil' ? <PupilSwitcher index={pupilIndex} total={pupils.length} name={visiblePupils[0]?.name ?? ''} onMove={movePupil} /> : null}
        {current !== null && pupilsQuery.isPending ? null : (
          <AssessmentGrid
            rubric={rubric}
            yearLevel={current?.yearLevel ?? ''}
            pupils={visiblePupils}
            criteria={criteria}
            levelOf={levelOf}
            onChange={choose}
            caption={t('rubrics.caption', {
              rubric: text(rubric.title),
              what,
              group: current ? groupName(current, groups.data?.indexOf(current) ?? 0) : '',
            })}
          />
        )}
        <AssessmentNotes
          pupils={notePupils}
          notes={notes}
          onChange={(pupil, note) => drafts.update((before) => ({ ...before, notes: { ...before.notes, [pupil]: note } }))}
        />
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page, which it did on every save. */}
        {keptEarlier ? <p role="status">{keptEarlier}</p> : null}
        <button type="button" onClick={() => canSave && saveChanges(changes, drafts.scope)} aria-disabled={!canSave}>
          {t('rubrics.save')}
        </button>
        {save.data !== undefined ? (
          <p role="status">
            {save.data.removed > 0
              ? t('rubrics.savedRemoved', { count: save.data.saved, removed: save.data.removed })
              : t('rubrics.saved', { count: save.data.saved })}
          </p>
        ) : null}
      </div>
      <RemovedParts rubric={rubric} assessments={saved.data ?? []} />
    </section>
  );
}
