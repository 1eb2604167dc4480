import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SourceId } from '@/domain/ids';
import { useDb } from '@/store/db-context';
import { useRememberCredentials } from '@/store/sources.mutations';
import { sourceQueries } from '@/store/sources.queries';
import { useVault } from '@/store/use-vault';

/** Opt-in: keep this connector's credentials on this device, sealed like the roster. */
export function RememberCredentials({ source }: { source: SourceId }) {
  const { t } = useTranslation();
  const db = useDb();
  const { key } = useVault();
  const id = useId();
  const remembered = useQuery(sourceQueries.remembered(db));
  const toggle = useRememberCredentials(source, key);
  const checked = remembered.data?.includes(source) ?? false;
  return (
    <p>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={!key || toggle.isPending}
        onChange={(event) => toggle.mutate(event.target.checked)}
      />{' '}
      <label htmlFor={id}>{t('sources.remember')}</label>
      {!key ? <span className="muted"> {t('sources.rememberLocked')}</span> : null}
    </p>
  );
}
