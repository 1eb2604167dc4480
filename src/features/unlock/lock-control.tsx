import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '@/store/use-vault';
import { lock } from '@/store/vault';
import { onFirstUse } from './on-first-use';

// Every page opens locked: neither is drawn before the first paint.
const UnlockForm = onFirstUse(() => import('./unlock-form'), 'UnlockForm');
const MyGroupsControl = onFirstUse(() => import('./my-groups-control'), 'MyGroupsControl');

/** In the header: the lock state, a lock button, or the unlock form. */
export function LockControl({ demoPassphrase }: { demoPassphrase: string | null }) {
  const { t } = useTranslation();
  const { key, role } = useVault();
  const [open, setOpen] = useState(false);
  if (key && role) {
    return (
      <div className="lock-control">
        <span>{t('unlock.roleNow', { role: t(`unlock.roles.${role}`) })}</span>{' '}
        {role === 'teacher' ? (
          <Suspense fallback={null}>
            <MyGroupsControl />
          </Suspense>
        ) : null}{' '}
        <button type="button" className="secondary" onClick={lock}>
          {t('unlock.lock')}
        </button>
      </div>
    );
  }
  return (
    <div className="lock-control">
      <span>{t('unlock.locked')}</span>{' '}
      <button type="button" className="secondary" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
        {t('unlock.unlock')}
      </button>
      {open ? (
        <Suspense fallback={<span role="status">{t('common.loading')}</span>}>
          <UnlockForm demoPassphrase={demoPassphrase} onDone={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
