import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '@/store/use-vault';
import { lock } from '@/store/vault';
import { MyGroupsControl } from './my-groups-control';
import { UnlockForm } from './unlock-form';

/** In the header: the lock state, a lock button, or the unlock form. */
export function LockControl({ demoPassphrase }: { demoPassphrase: string | null }) {
  const { t } = useTranslation();
  const { key, role } = useVault();
  const [open, setOpen] = useState(false);
  if (key && role) {
    return (
      <div className="lock-control">
        <span>{t('unlock.roleNow', { role: t(`unlock.roles.${role}`) })}</span> {role === 'teacher' ? <MyGroupsControl /> : null}{' '}
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
      {open ? <UnlockForm demoPassphrase={demoPassphrase} onDone={() => setOpen(false)} /> : null}
    </div>
  );
}
