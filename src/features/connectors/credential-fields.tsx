import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Credentials } from '@/adapters/port';

type Field = {
  name: string;
  label: 'token' | 'header' | 'key' | 'username' | 'password' | 'tokenUrl' | 'clientId' | 'clientSecret';
  secret: boolean;
};

const FIELDS: Record<Credentials['type'], readonly Field[]> = {
  none: [],
  bearer: [{ name: 'token', label: 'token', secret: true }],
  'api-key': [
    { name: 'header', label: 'header', secret: false },
    { name: 'key', label: 'key', secret: true },
  ],
  basic: [
    { name: 'username', label: 'username', secret: false },
    { name: 'password', label: 'password', secret: true },
  ],
  'oauth2-client': [
    { name: 'tokenUrl', label: 'tokenUrl', secret: false },
    { name: 'clientId', label: 'clientId', secret: false },
    { name: 'clientSecret', label: 'clientSecret', secret: true },
  ],
};

/** The credential fields a kind needs; secrets are password inputs and never shown back. */
export function CredentialFields({ value, onChange }: { value: Credentials; onChange: (next: Credentials) => void }) {
  const { t } = useTranslation();
  const base = useId();
  const record = value as unknown as Record<string, string>;
  return (
    <>
      {FIELDS[value.type].map((field) => (
        <p key={field.name}>
          <label htmlFor={`${base}-${field.name}`}>{t(`connectors.credentials.${field.label}`)}</label>{' '}
          <input
            id={`${base}-${field.name}`}
            type={field.secret ? 'password' : 'text'}
            autoComplete="off"
            value={record[field.name] ?? ''}
            onChange={(event) => onChange({ ...value, [field.name]: event.target.value } as Credentials)}
          />
        </p>
      ))}
      {value.type !== 'none' ? <p className="muted">{t('connectors.credentials.note')}</p> : null}
    </>
  );
}

/** Empty credentials of a type, for a fresh connector. */
export function emptyCredentials(type: Credentials['type']): Credentials {
  switch (type) {
    case 'bearer':
      return { type, token: '' };
    case 'api-key':
      return { type, header: 'X-Api-Key', key: '' };
    case 'basic':
      return { type, username: '', password: '' };
    case 'oauth2-client':
      return { type, tokenUrl: '', clientId: '', clientSecret: '' };
    default:
      return { type: 'none' };
  }
}
