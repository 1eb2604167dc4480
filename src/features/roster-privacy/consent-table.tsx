import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { groupId, type SourceId } from '@/domain/ids';
import type { Pupil } from '@/domain/model';
import { consentKey, WHOLE_APP } from '@/domain/privacy';
import { useDb } from '@/store/db-context';
import { privacyQueries } from '@/store/privacy.queries';
import { setConsent } from '@/store/privacy.repo';
import { schoolQueries } from '@/store/school.queries';
import { sourceQueries } from '@/store/sources.queries';
import { useNow } from '@/ui/clock-context';
import { useGroupName, usePupilName } from '@/ui/use-labels';

interface Pending {
  readonly pupil: Pupil;
  readonly name: string;
  readonly source: SourceId | typeof WHOLE_APP;
  readonly sourceName: string;
}

/** Consent per pupil per source (and for the whole app); withdrawing asks first, then deletes what was stored. */
export function ConsentTable() {
  const { t } = useTranslation();
  const db = useDb();
  const now = useNow();
  const nameOf = usePupilName();
  const nameOfGroup = useGroupName();
  const queryClient = useQueryClient();
  const ids = { group: useId(), note: useId() };
  const groups = useQuery(schoolQueries.groups(db));
  const [group, setGroup] = useState<string | null>(null);
  const current = group ?? groups.data?.[0]?.id ?? null;
  const pupils = useQuery({ ...schoolQueries.pupilsIn(db, groupId(current ?? '')), enabled: current !== null });
  const sources = useQuery(sourceQueries.overview(db));
  const consents = useQuery(privacyQueries.consents(db));
  const [pending, setPending] = useState<Pending | null>(null);
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: (input: { pending: Pending; granted: boolean }) =>
      setConsent(db, { pupil: input.pending.pupil.ref, source: input.pending.source, granted: input.granted, date: now.toISOString().slice(0, 10), note }),
    onSuccess: () => {
      setPending(null);
      setNote('');
      return queryClient.invalidateQueries();
    },
  });
  const columns = [{ id: WHOLE_APP, name: t('privacy.consent.wholeApp') }, ...(sources.data ?? []).map(({ source }) => ({ id: source.id, name: source.name }))];
  const currentGroup = groups.data?.find((candidate) => candidate.id === current);
  const groupName = currentGroup ? nameOfGroup(currentGroup, groups.data?.indexOf(currentGroup) ?? 0) : '';
  return (
    <section aria-labelledby="consent-title" className="panel">
      <h2 id="consent-title">{t('privacy.consent.title')}</h2>
      <p>{t('privacy.consent.help')}</p>
      <label htmlFor={ids.group}>{t('privacy.consent.group')}</label>{' '}
      <select id={ids.group} value={current ?? ''} onChange={(event) => setGroup(event.target.value)}>
        {(groups.data ?? []).map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {nameOfGroup(candidate, groups.data?.indexOf(candidate) ?? 0)}
          </option>
        ))}
      </select>
      {pending ? (
        <div role="alertdialog" aria-labelledby="consent-confirm" className="notice notice--error">
          <p id="consent-confirm" className="notice__title">{t('privacy.consent.confirmTitle', { name: pending.name, source: pending.sourceName })}</p>
          <p>{t('privacy.consent.confirmText', { name: pending.name, source: pending.sourceName })}</p>
          <label htmlFor={ids.note}>{t('privacy.consent.note')}</label> <input id={ids.note} value={note} onChange={(event) => setNote(event.target.value)} />{' '}
          <button type="button" onClick={() => save.mutate({ pending, granted: false })}>
            {t('privacy.consent.withdraw')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setPending(null)}>
            {t('privacy.consent.cancel')}
          </button>
        </div>
      ) : null}
      {save.data !== undefined && save.data > 0 ? <p role="status">{t('privacy.consent.withdrawn', { n: save.data })}</p> : null}
      <table>
        <caption>{t('privacy.consent.caption', { group: groupName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('privacy.consent.pupil')}</th>
            {columns.map((column) => (
              <th key={column.id} scope="col">
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(pupils.data ?? []).map(({ pupil, roster }) => {
            const name = nameOf(pupil, roster);
            return (
              <tr key={pupil.key}>
                <th scope="row">{name}</th>
                {columns.map((column) => {
                  const allowed = consents.data?.get(consentKey(pupil.ref, column.id as SourceId))?.granted !== false;
                  const item: Pending = { pupil, name, source: column.id as SourceId, sourceName: column.name };
                  return (
                    <td key={column.id}>
                      <input
                        type="checkbox"
                        checked={allowed}
                        aria-label={t('privacy.consent.allowed', { name, source: column.name })}
                        onChange={() => (allowed ? setPending(item) : save.mutate({ pending: item, granted: true }))}
                      />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
