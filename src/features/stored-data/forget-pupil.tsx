import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { groupId, type PupilKey } from '@/domain/ids';
import { useDb } from '@/store/db-context';
import { schoolQueries } from '@/store/school.queries';
import { useForgetPupil } from '@/store/stored-data.mutations';
import { storedDataQueries } from '@/store/stored-data.queries';
import type { ForgottenCounts } from '@/store/stored-data.repo';
import { useGroupName, usePupilName } from '@/ui/use-labels';

interface Chosen {
  readonly key: PupilKey;
  readonly name: string;
}

/** "Een leerling vergeten": choose by group and name (never the pseudonym), confirm, then see what was removed. */
export function ForgetPupil() {
  const { t } = useTranslation();
  const db = useDb();
  const nameOf = usePupilName();
  const nameOfGroup = useGroupName();
  const ids = { group: useId(), pupil: useId() };
  const groups = useQuery(schoolQueries.groups(db));
  const [group, setGroup] = useState<string | null>(null);
  const currentGroup = group ?? groups.data?.[0]?.id ?? null;
  const pupils = useQuery({ ...storedDataQueries.pupilsIn(db, groupId(currentGroup ?? '')), enabled: currentGroup !== null });
  const options = (pupils.data ?? []).map(({ pupil, roster }) => {
    const name = nameOf(pupil, roster);
    return { key: pupil.key, name, label: pupil.leftAt ? t('storedData.forget.left', { name }) : name };
  });
  const [picked, setPicked] = useState<PupilKey | null>(null);
  const selected = options.find((option) => option.key === picked) ?? options[0] ?? null;
  const [pending, setPending] = useState<Chosen | null>(null);
  const [outcome, setOutcome] = useState<(ForgottenCounts & { name: string }) | null>(null);
  const forget = useForgetPupil();
  const confirm = (chosen: Chosen) =>
    forget.mutate(chosen.key, {
      onSuccess: (counts) => {
        setPending(null);
        setPicked(null);
        setOutcome({ ...counts, name: chosen.name });
      },
    });
  return (
    <section aria-labelledby="stored-forget-title" className="panel">
      <h2 id="stored-forget-title">{t('storedData.forget.title')}</h2>
      <p>{t('storedData.forget.help')}</p>
      <label htmlFor={ids.group}>{t('storedData.forget.group')}</label>{' '}
      <select id={ids.group} value={currentGroup ?? ''} onChange={(event) => (setGroup(event.target.value), setPicked(null), setPending(null))}>
        {(groups.data ?? []).map((candidate, index) => (
          <option key={candidate.id} value={candidate.id}>
            {nameOfGroup(candidate, index)}
          </option>
        ))}
      </select>{' '}
      {pupils.isSuccess && options.length === 0 ? (
        <p>{t('storedData.forget.noPupils')}</p>
      ) : (
        <>
          <label htmlFor={ids.pupil}>{t('storedData.forget.pupil')}</label>{' '}
          <select
            id={ids.pupil}
            value={selected?.key ?? ''}
            onChange={(event) => (setPicked(Number(event.target.value) as PupilKey), setPending(null))}
          >
            {options.map((option) => (
              <option key={option.key} value={option.key}>
                {option.label}
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            disabled={!selected || pending !== null}
            onClick={() => selected && (setPending({ key: selected.key, name: selected.name }), setOutcome(null))}
          >
            {t('storedData.forget.button')}
          </button>
        </>
      )}
      {pending ? (
        <div role="alertdialog" aria-labelledby="stored-forget-confirm" className="notice notice--error">
          <p id="stored-forget-confirm" className="notice__title">
            {t('storedData.forget.confirmTitle', { name: pending.name })}
          </p>
          <p>{t('storedData.forget.confirmText', { name: pending.name })}</p>
          <button type="button" onClick={() => confirm(pending)} disabled={forget.isPending}>
            {t('storedData.forget.confirm', { name: pending.name })}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setPending(null)}>
            {t('storedData.forget.cancel')}
          </button>
        </div>
      ) : null}
      {forget.isError ? <p role="alert">{t('storedData.forget.failed')}</p> : null}
      {outcome ? <p role="status">{t('storedData.forget.done', { ...outcome })}</p> : null}
    </section>
  );
}
