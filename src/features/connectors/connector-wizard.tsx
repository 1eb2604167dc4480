import { useCallback, useEffect, useMemo, useState } from 'react';
import { useMachine } from '@xstate/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { sourceId, type GoalId } from '@/domain/ids';
import { defaultPseudonymShape, SOURCE_KINDS } from '@/domain/source';
import { connectorActors } from '@/ingest/connector-actions';
import { useConnectorKit, type ConnectorKit } from '@/ingest/connector-kit';
import { progressValue } from '@/ingest/file-read.client';
import { connectorWizardMachine, type WizardEvent } from '@/ingest/connector-wizard.machine';
import { useSyncHub } from '@/ingest/sync-hub-context';
import { useDb } from '@/store/db-context';
import { useRefreshSourceData } from '@/store/sources.mutations';
import { useVault } from '@/store/use-vault';
import { useNow } from '@/ui/clock-context';
import { CancelledImport, ImportProgress, type DossierCheckValue, type ImportProgressValue } from '@/ui/import-progress';
import { ColumnsStep, missingFields } from './columns-step';
import { emptyCredentials } from './credential-fields';
import { DetailsStep } from './details-step';
import { DossierPupilStep } from './dossier-pupil-step';
import { EditColumnsFields } from './edit-columns-fields';
import { canConnect, fileKinds } from './file-fields';
import { MappedCodes } from './mapped-codes';
import { PreviewStep } from './preview-step';
import { WizardErrorNotice } from './wizard-error';
import { useReachedText } from './use-reached-text';

const offeredKinds = (kit: ConnectorKit) => SOURCE_KINDS.filter((kind) => kit.availableKinds().includes(kind) || fileKinds().includes(kind));

/** The wizard's steps for a new connector, or (with `load`) for an existing one, edited in place. */
export function ConnectorWizard({
  load = null,
  credentialsKnown = true,
}: {
  load?: Extract<WizardEvent, { type: 'LOAD' }> | null;
  credentialsKnown?: boolean;
}) {
  const { t } = useTranslation();
  const reachedText = useReachedText();
  const db = useDb();
  const now = useNow();
  const hub = useSyncHub();
  const kit = useConnectorKit();
  const { key } = useVault();
  const refreshSourceData = useRefreshSourceData();
  const [importProgress, setImportProgress] = useState<ImportProgressValue | null>(null);
  const [checkProgress, setCheckProgress] = useState<DossierCheckValue | null>(null);
  const machine = useMemo(
    () =>
      connectorWizardMachine.provide({
        actors: connectorActors({
          db,
          adapterFor: kit.adapterFor,
          defaultMappingFor: kit.defaultMappingFor,
          now: () => now,
          resolveSloIds: kit.resolveSloIds,
          vaultKey: () => key,
          onImportProgress: (progress) => setImportProgress(progressValue(progress)),
          onCheckProgress: setCheckProgress,
        }),
      }),
    [db, now, key, kit],
  );
  const [snapshot, send] = useMachine(machine);
  useEffect(() => {
    if (load) send(load);
  }, [load, send]);
  const { draft, error, preview, check, origin, inspection, columns, editing, files, mapping } = snapshot.context;
  // One function for every render: the preview (50 goal pickers) is not drawn again at each progress report of an import.
  const onMap = useCallback((code: string, goals: readonly GoalId[]) => send({ type: 'MAP', code, goals }), [send]);
  const csv = inspection?.reader === 'csv-columns';
  // A new read of the files starts without the last check's progress (set before the check can report).
  const sendFromDetails = (event: WizardEvent) => {
    if (event.type === 'TEST') setCheckProgress(null);
    send(event);
  };
  const dossier = inspection?.dossier ?? null;
  const step = snapshot.matches('chooseKind')
    ? 'kind'
    : snapshot.matches('saved')
      ? 'saved'
      : snapshot.matches('columns')
        ? 'columns'
        : snapshot.matches('pupil')
          ? 'pupil'
          : snapshot.matches('mapping') || snapshot.matches('saving')
            ? 'preview'
            : 'details';
  const steps = csv
    ? (['kind', 'details', 'columns', 'preview', 'saved'] as const)
    : dossier?.needsPupil
      ? (['kind', 'details', 'pupil', 'preview', 'saved'] as const)
      : (['kind', 'details', 'preview', 'saved'] as const);
  const name = draft.name || draft.kind || '';
  const file = origin === 'file';
  return (
    <section aria-labelledby="wizard-title">
      <h1 id="wizard-title">{editing ? t('connectors.edit.title') : t('connectors.title')}</h1>
      <ol className="steps" aria-label={t('connectors.steps')}>
        {steps.map((item) => (
          <li key={item} aria-current={item === step ? 'step' : undefined}>
            {t(`connectors.step.${item}`)}
          </li>
        ))}
      </ol>
      <div className="panel">
        {step === 'kind' && !load ? (
          <fieldset>
            <legend>{t('connectors.kind.legend')}</legend>
            {offeredKinds(kit).map((kind) => (
              <p key={kind}>
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    send({
                      type: 'CHOOSE_KIND',
                      kind,
                      origin: canConnect(kind, kit) ? 'endpoint' : 'file',
                      defaults: { name: '', endpoint: '', credentials: emptyCredentials(kit.credentialTypeFor(kind)) },
                    })
                  }
                >
                  {t(`connectors.kind.${kind}`)}
                </button>
              </p>
            ))}
          </fieldset>
        ) : null}
        {step === 'kind' && load ? <p role="status">{t('common.loading')}</p> : null}
        {step === 'details' ? (
          <DetailsStep snapshot={snapshot} send={sendFromDetails} credentialsKnown={credentialsKnown} checkProgress={checkProgress} />
        ) : null}
        {step === 'details' && editing && file && draft.kind === 'csv' ? (
          <EditColumnsFields
            busy={!snapshot.matches('details')}
            onFiles={(chosen) => send({ type: 'FILES', files: chosen })}
            onRead={() => send({ type: 'TEST' })}
          />
        ) : null}
        {step === 'pupil' ? (
          <>
            {check ? <p role="status">{reachedText(check)}</p> : null}
            <DossierPupilStep
              pupil={snapshot.context.pupil}
              error={error}
              name={name}
              onPupil={(pupil) => send({ type: 'PUPIL', pupil })}
              onBack={() => send({ type: 'BACK' })}
              onNext={() => send({ type: 'NEXT' })}
            />
          </>
        ) : null}
        {step === 'columns' && inspection?.headers && files[0] ? (
          <>
            {check ? <p role="status">{reachedText(check)}</p> : null}
            <ColumnsStep
              file={files.find((item) => item.name === inspection.main) ?? files[0]}
              headers={inspection.headers}
              columns={columns}
              mapping={{ ...kit.defaultMappingFor(draft.kind ?? 'csv'), ...mapping }}
              pseudonym={draft.pseudonym ?? defaultPseudonymShape(draft.kind ?? 'csv')}
              onChange={(next) => send({ type: 'COLUMNS', columns: next })}
            />
            {error ? <WizardErrorNotice error={error} name={name} file /> : null}
            <button type="button" className="secondary" onClick={() => send({ type: 'BACK' })}>
              {t('connectors.back')}
            </button>{' '}
            <button type="button" disabled={missingFields(columns).length > 0} onClick={() => send({ type: 'NEXT' })}>
              {t('connectors.next')}
            </button>
          </>
        ) : null}
        {step === 'preview' && preview ? (
          <>
            {check ? <p role="status">{reachedText(check)}</p> : null}
            {editing ? <p className="muted">{t('connectors.edit.note')}</p> : null}
            {editing ? <MappedCodes mapping={mapping} onMap={onMap} /> : null}
            {dossier?.optedOut ? (
              <p role="alert" className="notice notice--error">
                {t('connectors.fileChoice.dossier.optedOut')}
              </p>
            ) : null}
            <PreviewStep preview={preview} onMap={onMap} />
            {file && !editing ? <p>{t('connectors.importNote')}</p> : null}
            {error?.code === 'import-cancelled' ? <CancelledImport progress={null} /> : null}
            {error && error.code !== 'import-cancelled' ? <WizardErrorNotice error={error} name={name} file={file} during="save" /> : null}
            {snapshot.matches('saving') && file && !editing ? (
              <ImportProgress name={name} progress={importProgress} onCancel={() => send({ type: 'CANCEL' })} />
            ) : null}
            <button type="button" className="secondary" onClick={() => send({ type: 'BACK' })}>
              {t('connectors.back')}
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                setImportProgress(null);
                send({ type: 'SAVE' });
              }}
              disabled={snapshot.matches('saving') || dossier?.optedOut === true}
            >
              {snapshot.matches('saving') ? t('connectors.saving') : editing ? t('connectors.edit.save') : t('connectors.save')}
            </button>
          </>
        ) : null}
        {step === 'saved' && snapshot.context.savedId ? (
          <>
            <p role="status">
              {editing ? t('connectors.edit.saved', { name }) : file ? t('connectors.imported', { name }) : t('connectors.saved', { name })}
            </p>
            {!file ? (
              <>
                <button
                  type="button"
                  onClick={() => {
                    hub.sync(sourceId(snapshot.context.savedId as string));
                    refreshSourceData();
                  }}
                >
                  {t('connectors.syncNow')}
                </button>{' '}
              </>
            ) : null}
            <Link to="/bronnen" onClick={refreshSourceData}>
              {t('connectors.toSources')}
            </Link>{' '}
            {!editing ? (
              <button type="button" className="secondary" onClick={() => send({ type: 'RESTART' })}>
                {t('connectors.again')}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
