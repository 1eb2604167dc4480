import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotFrom } from 'xstate';
import type { connectorWizardMachine, WizardEvent } from '@/ingest/connector-wizard.machine';
import { useConnectorKit } from '@/ingest/connector-kit';
import { connectionChanged } from '@/ingest/connector-wizard.context';
import { endpointProblem } from '@/adapters/http/endpoint';
import { scopeProblem } from '@/domain/source-scope';
import { CredentialFields } from './credential-fields';
import { canConnect, canReadFiles, FileFields, OriginChoice } from './file-fields';
import { PseudonymField } from './pseudonym-field';
import { ScopeFields } from './scope-fields';
import { WizardErrorNotice } from './wizard-error';
import { DossierCheckBar, type DossierCheckValue } from '@/ui/import-progress';

type Snapshot = SnapshotFrom<typeof connectorWizardMachine>;

/** Name, then endpoint and credentials or export files; test (or read) them; when editing, go on without a test if nothing changed. */
export function DetailsStep({
  snapshot,
  send,
  credentialsKnown,
  checkProgress = null,
}: {
  snapshot: Snapshot;
  send: (event: WizardEvent) => void;
  credentialsKnown: boolean;
  /** How far the check of a chosen OSO dossier is, while the files are read. */
  checkProgress?: DossierCheckValue | null;
}) {
  const { t } = useTranslation();
  const kit = useConnectorKit();
  const ids = { name: useId(), endpoint: useId(), endpointProblem: useId() };
  const { draft, error, origin, files, editing } = snapshot.context;
  const busy = !snapshot.matches('details');
  const fileSource = origin === 'file';
  const changed = connectionChanged(snapshot.context);
  const scopeOk = scopeProblem(draft.scope) === null;
  // An http address is refused as it is typed: the app's CSP would block it (https only).
  const notHttps = !fileSource && endpointProblem(draft.endpoint) === 'not-https';
  const canTest = fileSource ? files.length > 0 && !editing : draft.endpoint.trim() !== '' && !notHttps && scopeOk;
  return (
    <form onSubmit={(event) => (event.preventDefault(), send({ type: 'TEST' }))}>
      <h2>{draft.kind ? t(`connectors.kind.${draft.kind}`) : ''}</h2>
      {editing ? <p className="muted">{t('connectors.edit.note')}</p> : null}
      <p>
        <label htmlFor={ids.name}>{t('connectors.name')}</label>{' '}
        <input id={ids.name} value={draft.name} onChange={(event) => send({ type: 'EDIT', draft: { name: event.target.value } })} />
      </p>
      {draft.kind ? (
        <PseudonymField kind={draft.kind} value={draft.pseudonym} onChange={(pseudonym) => send({ type: 'EDIT', draft: { pseudonym } })} />
      ) : null}
      {!editing && canConnect(draft.kind, kit) && canReadFiles(draft.kind) ? (
        <OriginChoice value={origin} onChange={(next) => send({ type: 'ORIGIN', origin: next })} />
      ) : null}
      {fileSource && editing ? <p>{t('connectors.edit.fileSource')}</p> : null}
      {fileSource && !editing ? <FileFields files={files} onFiles={(chosen) => send({ type: 'FILES', files: chosen })} /> : null}
      {!fileSource ? (
        <>
          <p>
            <label htmlFor={ids.endpoint}>{t('connectors.endpoint')}</label>{' '}
            <input
              id={ids.endpoint}
              type="url"
              size={50}
              value={draft.endpoint}
              aria-invalid={notHttps}
              aria-describedby={notHttps ? ids.endpointProblem : undefined}
              onChange={(event) => send({ type: 'EDIT', draft: { endpoint: event.target.value } })}
            />
          </p>
          {notHttps ? (
            <p id={ids.endpointProblem} role="alert">
              {t('connectors.endpointNotHttps')}
            </p>
          ) : null}
          {editing && !credentialsKnown && draft.credentials.type !== 'none' ? (
            <p className="muted">{t('connectors.edit.credentialsMissing')}</p>
          ) : null}
          <CredentialFields value={draft.credentials} onChange={(credentials) => send({ type: 'EDIT', draft: { credentials } })} />
          <ScopeFields value={draft.scope} onChange={(scope) => send({ type: 'EDIT', draft: { scope } })} />
        </>
      ) : null}
      {error?.code === 'check-cancelled' ? <p role="status">{t('common.dossierCheck.cancelled')}</p> : null}
      {error && error.code !== 'check-cancelled' ? <WizardErrorNotice error={error} name={draft.name || draft.kind || ''} file={fileSource} /> : null}
      {snapshot.matches('testing') ? <p role="status">{t('connectors.testing')}</p> : null}
      {snapshot.matches('inspecting') && checkProgress === null ? <p role="status">{t('connectors.reading')}</p> : null}
      {snapshot.matches('inspecting') && checkProgress !== null ? (
        <DossierCheckBar name={draft.name || draft.kind || ''} progress={checkProgress} onCancel={() => send({ type: 'CANCEL' })} />
      ) : null}
      {snapshot.matches('previewing') ? <p role="status">{t('connectors.previewing')}</p> : null}
      {editing && changed ? <p role="status">{t('connectors.edit.retest')}</p> : null}
      {!editing ? (
        <>
          <button type="button" className="secondary" onClick={() => send({ type: 'BACK' })}>
            {t('connectors.back')}
          </button>{' '}
        </>
      ) : null}
      {!(fileSource && editing) ? (
        <button type="submit" disabled={busy || !canTest}>
          {fileSource ? t('connectors.readFiles') : t('connectors.test')}
        </button>
      ) : null}{' '}
      {editing ? (
        <button type="button" disabled={busy || changed || !scopeOk} onClick={() => send({ type: 'NEXT' })}>
          {t('connectors.next')}
        </button>
      ) : null}
    </form>
  );
}
