import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateVault } from '@/store/privacy.mutations';

const MIN_LENGTH = 12;

/** First roster import on this browser: the ICT coordinator chooses the passphrase that seals names. */
export function CreateVault() {
  const { t } = useTranslation();
  const create = useCreateVault();
  const ids = { first: useId(), second: useId() };
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [problem, setProblem] = useState<'tooShort' | 'mismatch' | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (first.length < MIN_LENGTH) return setProblem('tooShort');
    if (first !== second) return setProblem('mismatch');
    await create.mutateAsync(first);
  };
  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="create-vault-title">
      <h3 id="create-vault-title">{t('unlock.create.title')}</h3>
      <p>{t('unlock.create.help')}</p>
      <label htmlFor={ids.first}>{t('unlock.passphrase')}</label>{' '}
      <input id={ids.first} type="password" autoComplete="new-password" value={first} onChange={(event) => setFirst(event.target.value)} />{' '}
      <label htmlFor={ids.second}>{t('unlock.repeat')}</label>{' '}
      <input id={ids.second} type="password" autoComplete="new-password" value={second} onChange={(event) => setSecond(event.target.value)} />{' '}
      <button type="submit">{t('unlock.create.submit')}</button>
      {problem ? <p role="alert">{t(`unlock.create.${problem}`)}</p> : null}
    </form>
  );
}
