import { useId, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { groupId } from '@/domain/ids';
import { consentCell, WHOLE_APP } from '@/domain/privacy';
import { schoolDay } from '@/domain/school-day';
import { formatDate } from '@/i18n/format';
import { useDb } from '@/store/db-context';
import { privacyQueries } from '@/store/privacy.queries';
import { useSetConsent } from '@/store/privacy.mutations';
import { schoolQueries } from '@/store/school.queries';
import { sourceQueries } from '@/store/sources.queries';
import { useNow } from '@/ui/clock-context';
import { ErrorNotice } from '@/ui/error-notice';
import { useGroupName, useLocale, usePupilName } from '@/ui/use-labels';
import { ConsentCellView } from './consent-cell';
import { ConsentDialog, type PendingConsent } from './consent-dialog';
import { ScrollRegion } from '@/ui/scroll-region';

interface Saved {
  readonly pending: PendingConsent;
  readonly date: string;
  readonly removed: number;
}

/**
 * Consent per pupil per source (and for the whole app), each cell with when and why it was
 * recorded. Withdrawing and giving both ask for the date the parents gave their word and a note;
 * withdrawing deletes what was stored.
 */
export function ConsentTable() {
  const { t } = useTranslation();
  const db = useDb();
  const today = schoolDay(useNow());
  const locale = useLocale();
  const nameOf = usePupilName();
  const nameOfGroup = useGroupName();
  const groupField = useId();
  const groups = useQuery(schoolQueries.groups(db));
  const [group, setGroup] = useState<string | null>(null);
  const current = group ?? groups.data?.[0]?.id ?? null;
  const pupils = useQuery({ ...schoolQueries.pupilsIn(db, groupId(current ?? '')), enabled: current !== null });
  const sources = useQuery(sourceQueries.list(db));
  const consents = useQuery(privacyQueries.consents(db));
  const [pending, setPending] = useState<PendingConsent | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  // The checkbox that opened the dialog gets the focus back when it closes.
  const opener = useRef<HTMLInputElement | null>(null);
  const save = useSetConsent();
  const confirm = (input: { pending: PendingConsent; date: string; note: string }) =>
    save.mutate(
      { pupil: input.pending.pupil.ref, source: input.pending.source, granted: input.pending.grant, date: input.date, note: input.note },
      {
        onSuccess: (removed) => {
          setSaved({ pending: input.pending, date: input.date, removed });
          close();
        },
      },
    );
  const open = (item: PendingConsent, from: HTMLInputElement) => {
    save.reset();
    setSaved(null);
    opener.current = from;
    setPending(item);
  };
  const close = () => {
    setPending(null);
    opener.current?.focus();
  };
  const cancel = () => {
    save.reset();
    close();
  };
  const columns = [
    { id: WHOLE_APP, name: t('privacy.consent.wholeApp') },
    ...(sources.data ?? []).map((source) => ({ id: source.id, name: source.name })),
  ];
  const currentGroup = groups.data?.find((candidate) => candidate.id === current);
  const groupName = currentGroup ? nameOfGroup(currentGroup, groups.data?.indexOf(currentGroup) ?? 0) : '';
  const failed =
    save.isError && pending ? (
      <ErrorNotice
        title={t('privacy.consent.saveFailed.title')}
        message={t('privacy.consent.saveFailed.message', { name: pending.name, source: pending.sourceName })}
        detail={save.error instanceof Error ? save.error.message : String(save.error)}
        detailLabel={t('common.error.details')}
      />
    ) : null;
  return (
    <section aria-labelledby="consent-title" className="panel">
      <h2 id="consent-title">{t('privacy.consent.title')}</h2>
      <p>{t('privacy.consent.help')}</p>
      <label htmlFor={groupField}>{t('privacy.consent.group')}</label>{' '}
      <select id={groupField} value={current ?? ''} onChange={(event) => setGroup(event.target.value)}>
        {(groups.data ?? []).map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {nameOfGroup(candidate, groups.data?.indexOf(candidate) ?? 0)}
          </option>
        ))}
      </select>
      {pending ? (
        <ConsentDialog
          key={`${pending.pupil.key}|${pending.source}`}
          pending={pending}
          today={today}
          busy={save.isPending}
          onConfirm={(date, note) => confirm({ pending, date, note })}
          onCancel={cancel}
          error={failed}
        />
      ) : null}
      {saved ? (
        <p role="status">
          {saved.pending.grant
            ? t('privacy.consent.granted', { name: saved.pending.name, source: saved.pending.sourceName, date: formatDate(locale, saved.date) })
            : t('privacy.consent.withdrawn', { n: saved.removed })}
        </p>
      ) : null}
      <ScrollRegion label={t('privacy.consent.caption', { group: groupName })}>
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
                    const cell = consentCell(consents.data ?? new Map(), pupil.ref, column.id);
                    return (
                      <ConsentCellView
                        key={column.id}
                        cell={cell}
                        label={t('privacy.consent.allowed', { name, source: column.name })}
                        onToggle={(from) => open({ pupil, name, source: column.id, sourceName: column.name, grant: cell.state !== 'allowed' }, from)}
                      />
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
