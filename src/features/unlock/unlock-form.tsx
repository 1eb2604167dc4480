import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreCredentials } from '@/store/credentials.sealed';
import { useDb } from '@/store/db-context';
import { openVault, unlock, WrongPassphraseError, type Role } from '@/store/vault';

/** Passphrase and role; the key stays in memory only. */
export function UnlockForm({ demoPassphrase, onDone }: { demoPassphrase: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const ids = { passphrase: useId(), error: useId() };
  const [passphrase, setPassphrase] = useState('');
  const [role, setRole] = useState<Role>('teacher');
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(false);
    try {
      const key = await openVault(db, passphrase);
      await restoreCredentials(db, key);
      unlock(key, role);
      onDone();
    } catch (failure) {
      if (!(failure instanceof WrongPassphraseError)) throw failure;
      setError(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel unlock-form" aria-labelledby="unlock-title" onSubmit={(event) => void submit(event)}>
      <h2 id="unlock-title">{t('unlock.title')}</h2>
      <p>{t('unlock.help')}</p>
      {demoPassphrase ? <p className="demo-hint">{t('unlock.demoHint', { passphrase: demoPassphrase })}</p> : null}
      <label htmlFor={ids.passphrase}>{t('unlock.passphrase')}</label>{' '}
      <input id={ids.passphrase} type="password" autoComplete="current-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} aria-describedby={error ? ids.error : undefined} aria-invalid={error} />
      <fieldset>
        <legend>{t('unlock.role')}</legend>
        {(['teacher', 'ict-coordinator'] as const).map((option) => (
          <label key={option} className="radio">
            <input type="radio" name="role" value={option} checked={role === option} onChange={() => setRole(option)} /> {t(`unlock.roles.${option}`)}
          </label>
        ))}
      </fieldset>
      {error ? (
        <p id={ids.error} role="alert" className="notice notice--error">
          {t('unlock.wrong')}
        </p>
      ) : null}
      <button type="submit" disabled={busy || passphrase === ''}>
        {busy ? t('unlock.checking') : t('unlock.unlock')}
      </button>
    </form>
  );
}
