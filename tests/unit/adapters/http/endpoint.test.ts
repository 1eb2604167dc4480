import { describe, expect, it } from 'vitest';
import { AdapterError } from '@/adapters/http/adapter-error';
import { endpointProblem, endpointUrl } from '@/adapters/http/endpoint';
import { baseUrl } from '@/adapters/blokkodo/blokkodo.client';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof AdapterError ? error.code : 'other';
  }
  return null;
};

describe('endpoint addresses: https only (the app’s CSP blocks http)', () => {
  it('accepts https, with or without a trailing slash', () => {
    expect(endpointProblem(' https://api.leesvlinder.example/api ')).toBeNull();
    expect(endpointUrl('https://api.leesvlinder.example/api/', 'account').href).toBe('https://api.leesvlinder.example/api/account');
  });

  it('refuses http with its own code, and other schemes or no address as a configuration error', () => {
    expect(endpointProblem('http://api.leesvlinder.example/api')).toBe('not-https');
    expect(endpointProblem('HTTP://api.leesvlinder.example')).toBe('not-https');
    expect(endpointProblem('ftp://school.example')).toBe('invalid');
    expect(endpointProblem('api.leesvlinder.example')).toBe('invalid');
    expect(codeOf(() => endpointUrl('http://api.leesvlinder.example/api', 'account'))).toBe('not-https');
    expect(codeOf(() => endpointUrl('', 'account'))).toBe('config');
    expect(codeOf(() => baseUrl('http://api.blokkodo.example/v1'))).toBe('not-https');
  });
});
