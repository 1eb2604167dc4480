import { useId, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useMachine } from '@xstate/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { adapterFor, availableKinds, CREDENTIAL_TYPE, defaultMappingFor } from '@/adapters/registry';
import { ADAPTER_ERROR_CODES } from '@/adapters/http/adapter-error';
import { sourceId } from '@/domain/ids';
import { connectorActors } from '@/ingest/connector-actions';
import { connectorWizardMachine } from '@/ingest/connector-wizard.machine';
import { useSyncHub } from '@/ingest/sync-hub-context';
import { useDb } from '@/store/db-context';
import { useNow } from '@/ui/clock-context';
import { ErrorNotice } from '@/ui/error-notice';
import { CredentialFields, emptyCredentials } from './credential-fields';
import { PreviewStep } from './preview-step';

/** For the ICT coordinator: connect a source without a developer. */
export function ConnectorWizardPage() {
  const { t } = useTranslation();
  const db = useDb();
  const now = useNow();
  const hub = useSyncHub();
  const queryClient = useQueryClient();
  const ids = { name: useId(), endpoint: useId() };
  const machine = useMemo(() => connectorWizardMachine.provide({ actors: connectorActors({ db, adapterFor, defaultMappingFor, now: () => now }) }), [db, now]);
  const [snapshot, send] = useMachine(machine);
  const { draft, error, preview, check } = snapshot.context;
  const step = snapshot.matches('chooseKind') ? 'kind' : snapshot.matches('saved') ? 'saved' : snapshot.matches('mapping') || snapshot.matches('saving') ? 'preview' : 'details';
  const errorKey = error && (ADAPTER_ERROR_CODES as readonly string[]).includes(error.code) ? (error.code as (typeof ADAPTER_ERROR_CODES)[number]) : 'unknown';
  const name = draft.name || draft.kind || '';
  return (
    <section aria-labelledby="wizard-title">
      <h1 id="wizard-title">{t('connectors.title')}</h1>
      <ol className="steps" aria-label={t('connectors.steps')}>
        {(['kind', 'details', 'preview', 'saved'] as const).map((item) => (
          <li key={item} aria-current={item === step ? 'step' : undefined}>
            {t(`connectors.step.${item}`)}
          </li>
        ))}
      </ol>
      <div className="panel">
        {step === 'kind' ? (
          <fieldset>
            <legend>{t('connectors.kind.legend')}</legend>
            {availableKinds().map((kind) => (
              <p key={kind}>
                <button type="button" className="secondary" onClick={() => send({ type: 'CHOOSE_KIND', kind, defaults: { name: '', endpoint: '', credentials: emptyCredentials(CREDENTIAL_TYPE[kind]) } })}>
                  {t(`connectors.kind.${kind}`)}
                </button>
              </p>
            ))}
          </fieldset>
        ) : null}
        {step === 'details' ? (
          <form onSubmit={(event) => (event.preventDefault(), send({ type: 'TEST' }))}>
            <h2>{draft.kind ? t(`connectors.kind.${draft.kind}`) : ''}</h2>
            <p>
              <label htmlFor={ids.name}>{t('connectors.name')}</label> <input id={ids.name} value={draft.name} onChange={(event) => send({ type: 'EDIT', draft: { name: event.target.value } })} />
            </p>
            <p>
              <label htmlFor={ids.endpoint}>{t('connectors.endpoint')}</label>{' '}
              <input id={ids.endpoint} type="url" size={50} value={draft.endpoint} onChange={(event) => send({ type: 'EDIT', draft: { endpoint: event.target.value } })} />
            </p>
            <CredentialFields value={draft.credentials} onChange={(credentials) => send({ type: 'EDIT', draft: { credentials } })} />
            {error ? <ErrorNotice title={t('sources.error.title', { name })} message={t(`sources.error.${errorKey}`, { name })} detail={`${error.code}: ${error.detail}`} detailLabel={t('common.error.details')} /> : null}
            {snapshot.matches('testing') ? <p role="status">{t('connectors.testing')}</p> : null}
            {snapshot.matches('previewing') ? <p role="status">{t('connectors.previewing')}</p> : null}
            <button type="button" className="secondary" onClick={() => send({ type: 'BACK' })}>
              {t('connectors.back')}
            </button>{' '}
            <button type="submit" disabled={!snapshot.matches('details') || draft.endpoint.trim() === ''}>
              {t('connectors.test')}
            </button>
          </form>
        ) : null}
        {step === 'preview' && preview ? (
          <>
            <p role="status">{t('connectors.ok', { detail: check ?? '' })}</p>
            <PreviewStep preview={preview} onMap={(code, goals) => send({ type: 'MAP', code, goals })} />
            {error ? <ErrorNotice title={t('common.error.title')} message={error.detail} detailLabel={t('common.error.details')} /> : null}
            <button type="button" className="secondary" onClick={() => send({ type: 'BACK' })}>
              {t('connectors.back')}
            </button>{' '}
            <button type="button" onClick={() => send({ type: 'SAVE' })} disabled={snapshot.matches('saving')}>
              {snapshot.matches('saving') ? t('connectors.saving') : t('connectors.save')}
            </button>
          </>
        ) : null}
        {step === 'saved' && snapshot.context.savedId ? (
          <>
            <p role="status">{t('connectors.saved', { name })}</p>
            <button
              type="button"
              onClick={() => {
                hub.sync(sourceId(snapshot.context.savedId as string));
                void queryClient.invalidateQueries();
              }}
            >
              {t('connectors.syncNow')}
            </button>{' '}
            <Link to="/bronnen">{t('connectors.toSources')}</Link>{' '}
            <button type="button" className="secondary" onClick={() => send({ type: 'RESTART' })}>
              {t('connectors.again')}
            </button>
          </>
        ) : null}
      </div>
    </section>
  );
}
