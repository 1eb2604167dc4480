import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { groupId, pupilKey } from '@/domain/ids';
import { dropNamesOnLock } from '@/store/names-on-lock';
import { resultKeys } from '@/store/results.queries';
import { schoolKeys } from '@/store/school.queries';
import { storedDataKeys } from '@/store/stored-data.queries';
import { deriveKey, randomBytes } from '@/store/crypto/seal';
import { lock, unlock } from '@/store/vault';

const NAME = 'Jan de Vries';
const cachedNames = (client: QueryClient) =>
  client
    .getQueryCache()
    .findAll()
    .filter((query) => JSON.stringify(query.state.data ?? null).includes(NAME)).length;

describe('a lock drops every cached query that holds names (issue 13 item 13)', () => {
  it('removes the school and stored-data queries of every epoch, keeps queries without names', async () => {
    const client = new QueryClient();
    const stop = dropNamesOnLock(client);
    unlock(await deriveKey('een lange wachtwoordzin', randomBytes(16), 1_000), 'ict-coordinator');
    const group = groupId('groep-5a');
    client.setQueryData(schoolKeys.pupilsIn(group), [{ pupil: { key: pupilKey(1) }, roster: { name: NAME } }]);
    client.setQueryData(schoolKeys.groups(), [{ id: group, name: `Groep van ${NAME}` }]);
    client.setQueryData(schoolKeys.dossierPupils(), [{ key: 'p1', label: NAME }]);
    client.setQueryData(storedDataKeys.pupilsIn(group), [{ roster: { name: NAME } }]);
    client.setQueryData(resultKeys.all, ['geen namen']);
    expect(cachedNames(client)).toBe(4);
    lock();
    expect(cachedNames(client)).toBe(0);
    expect(client.getQueryData(resultKeys.all)).toEqual(['geen namen']);
    stop();
  });
});
