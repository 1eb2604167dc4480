import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupId } from '@/domain/ids';
import type { Group } from '@/domain/model';
import { restoreCredentials } from '@/store/credentials.sealed';
import { useDb } from '@/store/db-context';
import { listGroups } from '@/store/pupils.repo';
import { beginUnlock, hasVault, openVault, rememberedGroups, rememberGroups, WrongPassphraseError, type Role } from '@/store/vault';
import { errorDetail } from '@/ui/error-detail';
import { useDemoVaultWait } from '@/ui/first-sync';
import { GroupPicker } from './group-picker';

/** After the passphrase, a teacher chooses their groups; the key waits here, in memory. */
interface GroupStep {
  readonly key: CryptoKey;
  readonly groups: readonly Group[];
  readonly remembered: readonly GroupId[];
}

/** Passphrase and role, then a teacher's groups; the key stays in memory only. */
export function UnlockForm({ demoPassphrase, onDone }: { demoPassphrase: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const ids = { passphrase: useId(), error: useId(), groupsError: useId() };
  const [passphrase, setPassphrase] = useState('');
  const [role, setRole] = useState<Role>('teacher');
  const [error, setError] = useState(false);
  // Anything but a wrong passphrase (the store could not be read, the browser refused the key): its message, for the details.
  const [failed, setFailed] = useState<string | null>(null);
  const [groupsFailed, setGroupsFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  // Demo: submitted before the demo has made its vault; the unlock goes on once it exists.
  const [waitingForDemo, setWaitingForDemo] = useState(false);
  const demoVault = useDemoVaultWait();
  const [groupStep, setGroupStep] = useState<GroupStep | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(false);
    setFailed(null);
    setGroupsFailed(false);
    // Locked while the key is derived (Vergrendelen, the idle lock): this unlock does not happen.
    const grant = beginUnlock();
    try {
      if (demoVault && !(await hasVault(db))) {
        setWaitingForDemo(true);
        await demoVault();
        setWaitingForDemo(false);
      }
      const key = await openVault(db, passphrase);
      await restoreCredentials(db, key);
      if (role === 'teacher') {
        // Group names are sealed: only now, with the key, can the teacher see which group is theirs.
        try {
          const [groups, remembered] = await Promise.all([listGroups(db, key), rememberedGroups(db)]);
          setGroupStep({ key, groups, remembered });
        } catch {
          // The passphrase was right, but the groups could not be read: say so, and let them try again.
          setGroupsFailed(true);
        }
        return;
      }
      grant(key, role);
      onDone();
    } catch (failure) {
      if (failure instanceof WrongPassphraseError) setError(true);
      else setFailed(errorDetail(failure));
    } finally {
      setWaitingForDemo(false);
      setBusy(false);
    }
  };
  if (groupStep) {
    const choose = async (groups: GroupId[]) => {
      const grant = beginUnlock();
      await rememberGroups(db, groups);
      grant(groupStep.key, 'teacher', groups);
      onDone();
    };
    if (groupStep.groups.length === 0) {
      return (
        <div className="panel unlock-form">
          <p>{t('unlock.groups.noGroups')}</p>
          <button type="button" onClick={() => void choose([])}>
            {t('unlock.groups.confirm')}
          </button>
        </div>
      );
    }
    return <GroupPicker groups={groupStep.groups} initial={groupStep.remembered} submitLabel={t('unlock.groups.confirm')} onChoose={choose} />;
  }
  return (
    <form className="panel unlock-form" aria-labelledby="unlock-title" onSubmit={(event) => void submit(event)}>
      <h2 id="unlock-title">{t('unlock.title')}</h2>
      <p>{t('unlock.help')}</p>
      {demoPassphrase ? <p className="demo-hint">{t('unlock.demoHint', { passphrase: demoPassphrase })}</p> : null}
      <label htmlFor={ids.passphrase}>{t('unlock.passphrase')}</label>{' '}
      <input
        id={ids.passphrase}
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        aria-describedby={error ? ids.error : undefined}
        aria-invalid={error}
      />
      <fieldset>
        <legend>{t('unlock.role')}</legend>
        {(['teacher', 'ict-coordinator'] as const).map((option) => (
          <label key={option} className="radio">
            <input type="radio" name="role" value={option} checked={role === option} onChange={() => setRole(option)} /> {t(`unlock.roles.${option}`)}
          </label>
        ))}
      </fieldset>
      {waitingForDemo ? (
        <p role="status" className="notice">
          {t('unlock.waitingForDemo')}
        </p>
      ) : null}
      {error ? (
        <p id={ids.error} role="alert" className="notice notice--error">
          {t('unlock.wrong')}
        </p>
      ) : null}
      {failed !== null ? (
        <div role="alert" className="notice notice--error">
          <p>{t('unlock.failed')}</p>
          <details>
            <summary>{t('common.error.details')}</summary>
            <code className="notice__detail">{failed}</code>
          </details>
        </div>
      ) : null}
      {groupsFailed ? (
        <p id={ids.groupsError} role="alert" className="notice notice--error">
          {t('unlock.groups.loadFailed')}
        </p>
      ) : null}
      <button type="submit" disabled={busy || passphrase === ''}>
        {busy ? t('unlock.checking') : t('unlock.unlock')}
      </button>
    </form>
  );
}
