import { useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { parseRosterCsv, ROSTER_FIELDS, rosterColumns, type ColumnMapping } from '@/adapters/roster/roster-csv';
import { isXml, parseRosterUwlr } from '@/adapters/roster/roster-uwlr';
import { useDb } from '@/store/db-context';
import { privacyQueries } from '@/store/privacy.queries';
import { useImportRoster } from '@/store/roster.mutations';
import { useVault } from '@/store/use-vault';
import { useNow } from '@/ui/clock-context';
import { decodeBytes, utf8Problem } from '@/adapters/files/decode';
import { findTooLarge, type TooLarge } from '@/ui/file-limit';
import { ErrorNotice } from '@/ui/error-notice';
import { CreateVault } from './create-vault';
import { ScrollRegion } from '@/ui/scroll-region';
import { FileInput } from '@/ui/file-input';

const PREVIEW = 5;

/** The school's roster export: pick the file, check the columns against a preview, import locally. */
export function RosterImport() {
  const { t } = useTranslation();
  const db = useDb();
  const now = useNow();
  const fileId = useId();
  const [text, setText] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [problem, setProblem] = useState<'unreadable' | 'encoding' | null>(null);
  const [encodingLine, setEncodingLine] = useState(0);
  const [tooLarge, setTooLarge] = useState<TooLarge | null>(null);
  const xml = text !== null && isXml(text);
  const columns = useMemo(() => (text === null || xml ? null : rosterColumns(text)), [text, xml]);
  const parsed = useMemo(() => {
    if (text === null) return null;
    if (xml) return parseRosterUwlr(text);
    return mapping === null ? null : parseRosterCsv(text, mapping);
  }, [text, xml, mapping]);
  const { key } = useVault();
  const vaultExists = useQuery(privacyQueries.hasVault(db));
  const onRoster = useQuery(privacyQueries.rosterRefs(db));
  // A re-import of only some groups marks everyone else as left: say how many before it happens.
  const leaving = useMemo(() => {
    if (!parsed || !onRoster.data) return 0;
    const inFile = new Set(parsed.rows.map((row) => row.ref));
    return onRoster.data.filter((ref) => !inFile.has(ref)).length;
  }, [parsed, onRoster.data]);
  const run = useImportRoster();
  const choose = async (file: File | undefined) => {
    if (!file) return;
    run.reset();
    setProblem(null);
    // A roster is a few hundred kilobytes; a file this big is not one, and reading it could freeze the tab.
    const refused = findTooLarge([file], 'small');
    setTooLarge(refused);
    if (refused) return setText(null);
    // The same decoding as the result readers: UTF-8, or UTF-16 with a byte-order mark; invalid UTF-8 refused by line.
    const bytes = new Uint8Array(await file.arrayBuffer());
    const invalid = utf8Problem(bytes);
    if (invalid) {
      setEncodingLine(invalid.line);
      setProblem('encoding');
      return setText(null);
    }
    const content = decodeBytes(bytes);
    setText(content);
    setMapping(isXml(content) ? null : rosterColumns(content).guess);
    if (isXml(content) && parseRosterUwlr(content).unreadable) setProblem('unreadable');
  };
  const ready = xml ? problem === null : mapping !== null && mapping.ref >= 0 && mapping.groupName >= 0;
  return (
    <section aria-labelledby="roster-title" className="panel">
      <h2 id="roster-title">{t('privacy.roster.title')}</h2>
      <p>{t('privacy.roster.help')}</p>
      {!key && vaultExists.data === false ? <CreateVault /> : null}
      {!key && vaultExists.data === true ? <p role="note">{t('unlock.needUnlock')}</p> : null}
      <label htmlFor={fileId}>{t('privacy.roster.file')}</label>{' '}
      <FileInput id={fileId} accept=".csv,.txt,.xml,text/csv,application/xml,text/xml" onChange={(event) => void choose(event.target.files?.[0])} />
      {columns && mapping ? (
        <fieldset>
          <legend>{t('privacy.roster.mapping')}</legend>
          {ROSTER_FIELDS.map((field) => (
            <label key={field} className="mapping-field">
              {t(`privacy.roster.field.${field}`)}{' '}
              <select value={mapping[field]} onChange={(event) => setMapping({ ...mapping, [field]: Number(event.target.value) })}>
                <option value={-1}>{t('privacy.roster.none')}</option>
                {columns.headers.map((header, index) => (
                  <option key={`${header}-${index}`} value={index}>
                    {header || `#${index + 1}`}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      ) : null}
      {parsed && ready ? (
        <>
          <p role="status">{t('privacy.roster.rows', { rows: parsed.rows.length, rejected: parsed.rejected.length })}</p>
          <ScrollRegion label={t('privacy.roster.preview', { n: Math.min(PREVIEW, parsed.rows.length) })}>
            <table>
              <caption>{t('privacy.roster.preview', { n: Math.min(PREVIEW, parsed.rows.length) })}</caption>
              <thead>
                <tr>
                  {(['firstName', 'prefix', 'lastName', 'groupName'] as const).map((field) => (
                    <th key={field} scope="col">
                      {t(`privacy.roster.field.${field}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {parsed.rows.slice(0, PREVIEW).map((row, index) => (
                  <tr key={index}>
                    <td>{row.firstName}</td>
                    <td>{row.prefix}</td>
                    <td>{row.lastName}</td>
                    <td>{row.groupName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {leaving > 0 ? (
            <p role="note" className="notice">
              {t('privacy.roster.leaving', { count: leaving })}
            </p>
          ) : null}
          {parsed.rejected.length > 0 ? (
            <ul>
              {parsed.rejected.slice(0, 20).map((item) => (
                <li key={item.line}>{t('privacy.roster.rejectedLine', { line: item.line, reason: t(`privacy.roster.reason.${item.reason}`) })}</li>
              ))}
            </ul>
          ) : null}
          <button
            type="button"
            onClick={() => run.mutate({ rows: parsed.rows, now, key })}
            disabled={run.isPending || parsed.rows.length === 0 || !key}
          >
            {t('privacy.roster.import')}
          </button>
        </>
      ) : null}
      {text !== null && !ready && !xml ? <p role="alert">{t('privacy.roster.missing')}</p> : null}
      {problem ? <p role="alert">{t(`privacy.roster.${problem}`, { line: encodingLine })}</p> : null}
      {tooLarge ? <p role="alert">{t('privacy.roster.tooLarge', { ...tooLarge })}</p> : null}
      {run.error ? (
        <ErrorNotice
          title={t('privacy.roster.importFailedTitle')}
          message={t('privacy.roster.importFailed')}
          detail={run.error.message}
          detailLabel={t('common.error.details')}
        />
      ) : null}
      {run.data ? <p role="status">{t('privacy.roster.done', run.data)}</p> : null}
    </section>
  );
}
