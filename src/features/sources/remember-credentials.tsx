import { useId } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SourceId } from '@/domain/ids';
import { forgetRememberedCredentials, rememberCredentials, rememberedSources } from '@/store/credentials.sealed';
import { useDb } from '@/store/db-context';
import { useVault } from '@/store/use-vault';

/** Opt-in: keep this connector's credentials on this device, sealed like the roster. */
export function RememberCredentials({ source }: { source: SourceId }) {
  const { t } = useTranslation();
  const db = useDb();
  const { key } = useVault();
  const id = useId();
  const queryClient = useQueryClient();
  const remembered = useQuery({ queryKey: ['sources', 'remembered'], queryFn: () => rememberedSources(db) });
  const toggle = useMutation({
    mutationFn: async (on: boolean) => (on && key ? rememberCredentials(db, source, key) : forgetRememberedCredentials(db, source)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sources', 'remembered'] }),
  });
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
