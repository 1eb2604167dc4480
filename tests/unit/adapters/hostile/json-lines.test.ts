import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkExport } from '@/adapters/files/check-export';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import { detectReader } from '@/adapters/files/readers';
import { fetchJson } from '@/adapters/http/fetch-json';
import { sourceId } from '@/domain/ids';
import { server } from '../../../../mocks/node';
import { caliper, xapi } from './hostile-inputs';

const ctx: FileReadContext = { source: sourceId('hostile'), mapping: {}, now: '2026-02-03T10:00:00.000Z', resolveSloIds: () => [] };
const file = (name: string, text: string): ExportFile => ({ name, bytes: new TextEncoder().encode(text) });
const read = (main: ExportFile) => detectReader(main)?.read(main, [], ctx) ?? { ok: false as const, detail: 'onbekende vorm' };
/** One statement or envelope per line, as compact JSON. */
const line = (json: string, id: string) =>
  JSON.stringify(JSON.parse(json)).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, id);
const statement = (n: number) =>
  line(JSON.stringify((JSON.parse(xapi({ raw: 5, max: 10 })) as unknown[])[0]), `6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2${n}`);
const envelope = (n: number) => line(caliper(), `11111111-2222-4333-a444-55555555555${n}`);
const NAME = 'Jan de Vries';

describe('JSON Lines for xAPI and Caliper: a broken line is one rejection with its line, the rest is kept (issue 13 item 8)', () => {
  it('xAPI statements as JSON Lines, CRLF and a blank line', () => {
    const outcome = read(file('statements.jsonl', [statement(1), '', statement(2), `{"actor": {"name": "${NAME}"`, statement(3)].join('\r\n')));
    expect(outcome.ok && outcome.results.map((result) => result.recordId)).toEqual([1, 2, 3].map((n) => `6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2${n}`));
    expect(outcome.ok && outcome.rejections).toMatchObject([
      { code: 'invalid-record', recordId: 'regel 4', detail: expect.stringMatching(/^regel 4: geen geldige JSON/) },
    ]);
  });

  it('Caliper envelopes as JSON Lines: a broken third line no longer sinks the file', () => {
    const outcome = read(file('events.jsonl', [envelope(1), envelope(2), '{"data": [', envelope(3)].join('\n')));
    expect(outcome.ok && outcome.results).toHaveLength(3);
    expect(outcome.ok && outcome.rejections).toMatchObject([{ recordId: 'regel 3', detail: expect.stringMatching(/^regel 3: geen geldige JSON/) }]);
  });

  it('npm run check-export counts the same', () => {
    const text = [statement(1), 'niet json', statement(2)].join('\n');
    expect(checkExport({ file: file('s.jsonl', text), companions: [] }, { now: ctx.now, resolveSloIds: () => [] })).toMatchObject({
      accepted: 2,
      rejected: 1,
      reasons: { 'invalid-record': 1 },
    });
  });
});

describe('error messages name the position, never the content (issue 13 item 9)', () => {
  const broken = `[{"actor": {"name": ${NAME}}, "verb": {"id": "x"}}]`;

  it.each([
    ['xAPI', file('statements.json', broken)],
    ['Caliper', file('events.json', `{"dataVersion": "http://purl.imsglobal.org/ctx/caliper/v1p2", "data": [{"name": ${NAME}}]}`)],
    ['xAPI, a name in an unterminated string', file('statements.json', `{"verb": {}, "actor": {"name": "${NAME}`)],
  ])('%s: a syntax error says where, not what', (_kind, main) => {
    const outcome = read(main);
    expect(outcome.ok).toBe(false);
    expect(JSON.stringify(outcome)).not.toMatch(/Jan|Vries/);
    expect(outcome.ok ? '' : outcome.detail).toMatch(/geen geldige JSON \((regel \d+, teken \d+|plek onbekend)\)/);
  });

  describe('a supplier API answering with broken JSON', () => {
    // The test server of every test (tests/setup.node.ts), with this supplier's answer added.
    beforeEach(() => server.use(http.get('https://api.example/items', () => new HttpResponse(`{"items": [{"naam": ${NAME}}]}`))));

    it('is refused with the place of the error only', async () => {
      const error = await fetchJson('https://api.example/items', z.object({}), { retries: 0 }).catch((caught: unknown) => caught);
      expect(String((error as Error).message)).toMatch(/geen geldige JSON \(\/items\): regel 1, teken \d+/);
      expect(String((error as Error).message)).not.toMatch(/Jan|Vries/);
    });
  });
});
