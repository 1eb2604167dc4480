import { mapSommenspoorSessions } from '@/adapters/sommenspoor/sommenspoor.mapper';
import { SOMMENSPOOR_DEFAULT_MAPPING } from '@/adapters/sommenspoor/sommenspoor.mapping';
import { sommenspoorSessionsPage } from '@/adapters/sommenspoor/sommenspoor.guard';
import { SOMMENSPOOR_MAX_PAGE_SIZE } from '@/adapters/sommenspoor/sommenspoor.client';
import { resolveNoSloIds } from '@/adapters/xapi/xapi.context';
import { mapStatements } from '@/adapters/xapi/xapi.page';
import { xapiStatementResult } from '@/adapters/xapi/xapi.guard';
import { sourceId } from '@/domain/ids';
import { DEMO_TODAY } from '../../../mocks/demo-school/calendar';
import { LRS_MAX_LIMIT } from '../../../mocks/suppliers/lrs/lrs.demo';
import { lrsData } from '../../../mocks/suppliers/lrs/lrs.generator';
import { LRS_DEMO_MAPPING } from '../../../mocks/suppliers/lrs/lrs.mapping';
import { sommenspoorData } from '../../../mocks/suppliers/sommenspoor/sommenspoor.generator';
import { counted, envelopeOf, jsonPages, type JsonFormat } from './json-pages';
import { MORE_JSON_FORMATS } from './json-formats-more';

const sommenspoor: JsonFormat = {
  name: 'Sommenspoor',
  figure: 'Sommenspoor sessions page: parse + envelope + mapSommenspoorSessions',
  pageSize: SOMMENSPOOR_MAX_PAGE_SIZE,
  pages: () => {
    const { sessions } = sommenspoorData();
    return jsonPages(
      sessions,
      SOMMENSPOOR_MAX_PAGE_SIZE,
      (data, index) => ({ data, next_cursor: `c${index + 1}`, total: sessions.length }),
      (session, round) => ({ ...session, session_id: `${session.session_id}-${round}` }),
    );
  },
  read: (bytes) => {
    const ctx = { source: sourceId('sommenspoor'), mapping: SOMMENSPOOR_DEFAULT_MAPPING, now: DEMO_TODAY };
    return counted(mapSommenspoorSessions(envelopeOf(bytes, sommenspoorSessionsPage).data, ctx));
  },
};

/** A GUID made distinct per round: its last four hex digits replaced by the round's. */
const roundGuid = (id: string, round: number) => `${id.slice(0, -4)}${round.toString(16).padStart(4, '0')}`;

const xapi: JsonFormat = {
  name: 'xAPI',
  figure: 'xAPI statements page: parse + StatementResult + mapStatements',
  pageSize: LRS_MAX_LIMIT,
  pages: () =>
    jsonPages(
      lrsData().all,
      LRS_MAX_LIMIT,
      (statements, index) => ({ statements, more: `/xapi/statements/more/p${index + 1}` }),
      (statement, round) => ({ ...statement, id: roundGuid(statement.id, round) }),
    ),
  read: (bytes) => {
    const ctx = { source: sourceId('lrs'), mapping: LRS_DEMO_MAPPING, resolveSloIds: resolveNoSloIds, now: DEMO_TODAY };
    const mapped = mapStatements(envelopeOf(bytes, xapiStatementResult).statements, ctx);
    return { ...counted(mapped), skipped: Object.values(mapped.skipped).reduce((sum, count) => sum + count, 0) + mapped.voids.length };
  },
};

/** The formats, in the order the bench prints them. */
export const JSON_FORMATS: readonly JsonFormat[] = [sommenspoor, xapi, ...MORE_JSON_FORMATS];
