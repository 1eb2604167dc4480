import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFile } from '@/adapters/files/export-file';
import { ADAPTER_ERROR_CODES } from '@/adapters/http/adapter-error';
import type { PupilKey } from '@/domain/ids';
import type { Source } from '@/domain/source';
import { formatNumber } from '@/i18n/format';
import { readChosenFiles, type Refused } from '@/ingest/chosen-files';
import { progressValue } from '@/ingest/file-read.client';
import { importFiles } from '@/ingest/file-import';
import { useConnectorKit } from '@/ingest/connector-kit';
import { useDb } from '@/store/db-context';
import { useSourceDataMutation } from '@/store/sources.mutations';
import { useNow } from '@/ui/clock-context';
import { ErrorNotice } from '@/ui/error-notice';
import { CancelledImport, DossierCheckBar, ImportProgress, type ImportProgressValue } from '@/ui/import-progress';
import { useLocale } from '@/ui/use-labels';
import { DossierReimport } from './dossier-reimport';
import { SkippedLine } from './skipped-line';
import { useDossierCheck } from './use-dossier-check';
import { FileInput } from '@/ui/file-input';

const FILE_ERRORS = ['file-none', 'file-unreadable', 'file-wrong-kind', 'file-pupil-unknown', 'invalid-payload'] as const;

const codeOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'unknown';
const detailOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'detail' in error
    ? String((error as { detail: unknown }).detail)
    : error instanceof Error
      ? error.message
      : String(error);

/** A file source's "sync": import a newer export into the same source (same store path, idempotent by record). */
export function ReimportFiles({ source }: { source: Source }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDb();
  const kit = useConnectorKit();
  const now = useNow();
  const id = useId();
  const [files, setFiles] = useState<ExportFile[]>([]);
  const [tooLarge, setTooLarge] = useState<Refused | null>(null);
  const [progress, setProgress] = useState<ImportProgressValue | null>(null);
  const [cancelled, setCancelled] = useState<ImportProgressValue | 'none' | null>(null);
  const controller = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const last = useRef<ImportProgressValue | null>(null);
  const deps = { db, adapterFor: kit.adapterFor, defaultMappingFor: kit.defaultMappingFor, now: () => now, resolveSloIds: kit.resolveSloIds };
  // An OSO dossier names no pseudonym: ask whose it is for every new file. Nothing is preselected,
  // so a dossier is never filed under the previous file's pupil by a click on "import". The check
  // runs once per chosen set of files, in the file worker (decision 029), with progress and cancel.
  const check = useDossierCheck(deps, source.kind, files);
  const dossier = check.state.phase === 'done' ? check.state.dossier : null;
  const [pupil, setPupil] = useState<PupilKey | null>(null);
  const blocked =
    (check.state.phase !== 'none' && check.state.phase !== 'done') ||
    (dossier !== null && (dossier.optedOut || (dossier.needsPupil && pupil === null)));
  const run = useSourceDataMutation(() => {
    const abort = new AbortController();
    controller.current = abort;
    last.current = null;
    setProgress(null);
    setCancelled(null);
    return importFiles(deps, source, files, abort.signal, dossier ? { pupil: dossier.needsPupil ? pupil : null } : {}, (value) => {
      last.current = progressValue(value);
      setProgress(last.current);
    }).finally(() => {
      if (abort.signal.aborted) setCancelled(last.current ?? 'none');
      controller.current = null;
    });
  });
  // A dossier refused by its check (no well-formed XML, a DOCTYPE) fails as its import would, with the reason.
  const failure = run.error ?? (check.state.phase === 'failed' && !run.isSuccess ? check.state.error : null);
  const code = failure && cancelled === null ? codeOf(failure) : null;
  const message =
    code === null
      ? ''
      : (FILE_ERRORS as readonly string[]).includes(code)
        ? t(`sources.reimport.${code as (typeof FILE_ERRORS)[number]}`)
        : t(
            `sources.error.${(ADAPTER_ERROR_CODES as readonly string[]).includes(code) ? (code as (typeof ADAPTER_ERROR_CODES)[number]) : 'unknown'}`,
            { name: source.name },
          );
  const n = (value: number) => formatNumber(locale, value);
  return (
    <div className="sync-controls">
      <p>
        <label htmlFor={id}>{t('sources.reimport.label', { name: source.name })}</label>{' '}
        <FileInput
          ref={input}
          id={id}
          multiple
          aria-describedby={`${id}-help`}
          onChange={(event) => {
            run.reset();
            setPupil(null);
            setCancelled(null);
            void readChosenFiles([...(event.target.files ?? [])]).then((chosen) => {
              setTooLarge('refused' in chosen ? chosen.refused : null);
              setFiles('files' in chosen ? chosen.files : []);
            });
          }}
        />
      </p>
      <p id={`${id}-help`} className="muted">
        {t('sources.reimport.help')}
      </p>
      {tooLarge ? (
        <p role="alert">
          {tooLarge.reason === 'whole' ? t('sources.reimport.tooLargeWhole', { ...tooLarge }) : t('sources.reimport.tooLarge', { ...tooLarge })}
        </p>
      ) : null}
      {check.state.phase === 'checking' ? (
        <DossierCheckBar
          name={source.name}
          progress={check.state.progress}
          onCancel={() => {
            check.cancel();
            // The same file chosen again must be taken again (a browser reports no change for the same choice).
            if (input.current) input.current.value = '';
          }}
        />
      ) : null}
      {check.state.phase === 'cancelled' ? <p role="status">{t('common.dossierCheck.cancelled')}</p> : null}
      {dossier ? <DossierReimport dossier={dossier} pupil={pupil} onPupil={setPupil} /> : null}
      <button
        type="button"
        disabled={source.paused || files.length === 0 || run.isPending || blocked}
        onClick={() => run.mutate()}
        aria-label={t('sources.reimport.buttonFor', { name: source.name })}
      >
        {t('sources.reimport.button')}
      </button>
      {run.isPending ? <ImportProgress name={source.name} progress={progress} onCancel={() => controller.current?.abort()} /> : null}
      {cancelled !== null && !run.isPending ? <CancelledImport progress={cancelled === 'none' ? null : cancelled} /> : null}
      {run.data ? (
        <div role="status">
          <p>{t('sources.reimport.done', { added: n(run.data.added), updated: n(run.data.updated), rejected: n(run.data.rejected) })}</p>
          <SkippedLine skipped={run.data.skippedBy} />
        </div>
      ) : null}
      {code !== null ? (
        <ErrorNotice
          title={t('sources.reimport.failed', { name: source.name })}
          message={message}
          detail={`${code}: ${detailOf(failure)}`}
          detailLabel={t('common.error.details')}
        />
      ) : null}
    </div>
  );
}
