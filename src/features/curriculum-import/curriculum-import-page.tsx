import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { planSloImport, readSloFile, type SloFile, type SloImportPlan, type SloReadResult } from '@/curriculum/slo-import';
import { useImportSloFile } from '@/store/curriculum.mutations';
import { curriculumQueries, useCurriculum } from '@/store/curriculum.queries';
import { useDb } from '@/store/db-context';
import { useNow } from '@/ui/clock-context';
import { ErrorNotice } from '@/ui/error-notice';
import { findTooLarge, type TooLarge } from '@/ui/file-limit';
import { ImportSummary } from './import-summary';
import { ImportedGoalsTable } from './imported-goals-table';
import { FileInput } from '@/ui/file-input';

type Chosen =
  | { readonly name: string; readonly read: SloReadResult }
  | { readonly name: string; readonly failed: string }
  | { readonly name: string; readonly tooLarge: TooLarge };

/**
 * /curriculum (ICT coordinator): choose an SLO open-data file, see what importing it will do,
 * then import; below, every imported goal. The file is read in the browser and never stored.
 */
export function CurriculumImportPage() {
  const { t } = useTranslation();
  const db = useDb();
  const now = useNow();
  const ids = { file: useId(), help: useId() };
  const input = useRef<HTMLInputElement>(null);
  const stored = useQuery(curriculumQueries.stored(db));
  const curriculum = useCurriculum();
  const importer = useImportSloFile();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [done, setDone] = useState<{ name: string; file: SloFile; plan: SloImportPlan } | null>(null);
  const file = chosen && 'read' in chosen && chosen.read.ok ? chosen.read.file : null;
  const plan = useMemo(() => (file && stored.data ? planSloImport(file, stored.data.goals) : null), [file, stored.data]);

  useEffect(() => {
    if (done) document.getElementById('curriculum-result-title')?.focus();
  }, [done]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    setDone(null);
    importer.reset();
    if (!picked) return setChosen(null);
    const tooLarge = findTooLarge([picked], 'small');
    if (tooLarge) return setChosen({ name: picked.name, tooLarge });
    try {
      setChosen({ name: picked.name, read: readSloFile(await picked.text(), picked.name) });
    } catch (error) {
      setChosen({ name: picked.name, failed: error instanceof Error ? error.message : String(error) });
    }
  };
  const clear = () => {
    setChosen(null);
    if (input.current) input.current.value = '';
  };
  const runImport = () => {
    if (!file || !chosen) return;
    const name = chosen.name;
    importer.mutate(
      { file, now },
      {
        onSuccess: (carriedOut) => {
          setDone({ name, file, plan: carriedOut });
          clear();
        },
      },
    );
  };

  const problem =
    chosen && 'tooLarge' in chosen
      ? { message: t('curriculum.problem.tooLarge', { ...chosen.tooLarge }), detail: null }
      : chosen && 'failed' in chosen
        ? { message: t('curriculum.problem.readFailed'), detail: chosen.failed }
        : chosen && 'read' in chosen && !chosen.read.ok
          ? { message: t(`curriculum.problem.${chosen.read.problem}`), detail: chosen.read.detail }
          : null;
  return (
    <section aria-labelledby="curriculum-title">
      <h1 id="curriculum-title">{t('curriculum.title')}</h1>
      <p>{t('curriculum.intro')}</p>
      <div className="toolbar">
        <div>
          <label htmlFor={ids.file}>{t('curriculum.file')}</label>{' '}
          <FileInput ref={input} id={ids.file} accept=".json,application/json" aria-describedby={ids.help} onChange={(event) => void onFile(event)} />
          <p id={ids.help} className="muted">
            {t('curriculum.fileHelp')}
          </p>
        </div>
      </div>
      {problem ? (
        <ErrorNotice
          title={t('curriculum.problem.title')}
          message={problem.message}
          detail={problem.detail}
          detailLabel={t('common.error.details')}
        />
      ) : null}
      {importer.isError ? (
        <ErrorNotice
          title={t('curriculum.problem.title')}
          message={t('curriculum.failed')}
          detail={importer.error.message}
          detailLabel={t('common.error.details')}
        />
      ) : null}
      {chosen && file && plan ? (
        <>
          <ImportSummary
            id="curriculum-plan-title"
            heading={t('curriculum.summary.title')}
            fileName={chosen.name}
            collections={file.collections}
            plan={plan}
          />
          <div className="toolbar">
            <button type="button" onClick={runImport} disabled={importer.isPending}>
              {importer.isPending ? t('curriculum.importing') : t('curriculum.import')}
            </button>
            <button
              type="button"
              onClick={() => {
                clear();
                input.current?.focus();
              }}
              disabled={importer.isPending}
            >
              {t('curriculum.cancel')}
            </button>
          </div>
        </>
      ) : null}
      {done ? (
        <>
          <p role="status">
            {t('curriculum.done', {
              added: done.plan.added.length,
              builtIn: done.plan.builtIn.length,
              refreshed: done.plan.refreshed.length,
              replaced: done.plan.replaced.length,
            })}
          </p>
          <ImportSummary
            id="curriculum-result-title"
            heading={t('curriculum.summary.resultTitle')}
            fileName={done.name}
            collections={done.file.collections}
            plan={done.plan}
          />
        </>
      ) : null}
      {curriculum.error ? (
        <ErrorNotice title={t('common.error.title')} message={curriculum.error.message} detailLabel={t('common.error.details')} />
      ) : null}
      {curriculum.isPending ? <p role="status">{t('common.loading')}</p> : <ImportedGoalsTable curriculum={curriculum} />}
    </section>
  );
}
