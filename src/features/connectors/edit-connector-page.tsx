import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pseudonymShapeOf } from '@/domain/source';
import { useConnectorKit } from '@/ingest/connector-kit';
import { isFileSource } from '@/ingest/file-import';
import type { WizardEvent } from '@/ingest/connector-wizard.machine';
import { getCredentials } from '@/store/credentials.memory';
import { useDb } from '@/store/db-context';
import { sourceQueries } from '@/store/sources.queries';
import { ErrorNotice } from '@/ui/error-notice';
import { ConnectorWizard } from './connector-wizard';
import { emptyCredentials } from './credential-fields';

/** /bronnen/:id/bewerken: the wizard prefilled with an existing connector (credentials from this session if known). */
export function EditConnectorPage() {
  const { t } = useTranslation();
  const db = useDb();
  const kit = useConnectorKit();
  const { id = '' } = useParams();
  const overview = useQuery(sourceQueries.overview(db));
  const item = overview.data?.find((candidate) => candidate.source.id === id);
  // Only credentials entered for this connector's current endpoint (an edited address drops them).
  const known = item ? getCredentials(item.source.id, item.source.endpoint) : null;
  const load = useMemo((): Extract<WizardEvent, { type: 'LOAD' }> | null => {
    if (!item) return null;
    const { source, unmapped } = item;
    const file = isFileSource(source);
    return {
      type: 'LOAD',
      id: source.id,
      kind: source.kind,
      origin: file ? 'file' : 'endpoint',
      mapping: source.mapping,
      unmapped,
      draft: {
        name: source.name,
        endpoint: source.endpoint,
        credentials: file ? { type: 'none' } : (known ?? emptyCredentials(kit.credentialTypeFor(source.kind))),
        ...(source.scope ? { scope: source.scope } : {}),
        pseudonym: pseudonymShapeOf(source),
      },
    };
    // Load once per source: later refetches of the overview must not reset the coordinator's edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [item?.source.id]);
  if (overview.isPending) return <p role="status">{t('common.loading')}</p>;
  if (!load)
    return <ErrorNotice title={t('connectors.edit.title')} message={t('connectors.edit.notFound')} detailLabel={t('common.error.details')} />;
  return <ConnectorWizard key={load.id} load={load} credentialsKnown={known !== null} />;
}
