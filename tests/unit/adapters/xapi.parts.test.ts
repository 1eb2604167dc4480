import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AdapterError } from '@/adapters/http/adapter-error';
import { pupilOfActor } from '@/adapters/xapi/xapi.actor';
import { sloUuidsOf } from '@/adapters/xapi/xapi.context';
import { decodeCursor, encodeCursor, newestStored } from '@/adapters/xapi/xapi.cursor';
import { parseDuration } from '@/adapters/xapi/xapi.duration';
import { readStatementsFile } from '@/adapters/xapi/xapi.file';
import { verbKey } from '@/adapters/xapi/xapi.verbs';

describe('parseDuration', () => {
  it.each([
    ['PT1M30S', 90],
    ['PT1234S', 1234],
    ['PT13.59S', 13.59],
    ['PT1H0M0S', 3600],
    ['P1DT2H', 93_600],
    ['P1W', 604_800],
    ['PT0,5S', 0.5],
    ['PT0S', 0],
    ['P1Y', 365 * 86_400],
  ])('%s -> %d s', (text, seconds) => {
    expect(parseDuration(text)).toEqual({ seconds });
  });

  it.each(['', 'P', 'PT', 'P1DT', '12 minuten', 'PT-5S', 'PT1.5', 'T1M', 'PT1S2M', `PT${'9'.repeat(30)}S`])('rejects %j', (text) => {
    expect(parseDuration(text)).toHaveProperty('error');
  });

  it('never throws and never gives a negative or non-finite number', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseDuration(text);
        return 'error' in parsed || (Number.isFinite(parsed.seconds) && parsed.seconds >= 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('pupilOfActor: the pseudonym rule', () => {
  const hex = 'ab'.repeat(64);
  it.each([
    ['ECK iD: name already under the homePage', 'https://ketenid.nl', `https://ketenid.nl/201703/${hex}`, `https://ketenid.nl/201703/${hex}`],
    ['ECK iD: name relative to the homePage', 'https://ketenid.nl/', `201703/${hex}`, `https://ketenid.nl/201703/${hex}`],
    [
      'demo: name under the demo host',
      'https://demo.invalid',
      `https://demo.invalid/nep-eckid/201703/${hex}`,
      `https://demo.invalid/nep-eckid/201703/${hex}`,
    ],
    ['an LMS account: homePage + name', 'http://example.org/', 'Learner', 'http://example.org/Learner'],
    ['a name that only looks alike is prefixed', 'https://ketenid.nl', 'https://ketenid.nlx/1', 'https://ketenid.nl/https://ketenid.nlx/1'],
  ])('%s', (_name, homePage, name, expected) => {
    expect(pupilOfActor({ objectType: 'Agent', account: { homePage, name } })).toEqual({ pupil: expected });
  });

  it('the same name under two homePages gives two pupils', () => {
    const a = pupilOfActor({ account: { homePage: 'https://lms-a.example', name: 'leerling-0042' } });
    const b = pupilOfActor({ account: { homePage: 'https://lms-b.example', name: 'leerling-0042' } });
    expect(a).not.toEqual(b);
  });

  it('a too short pseudonym or one with a space is refused', () => {
    expect(pupilOfActor({ account: { homePage: 'http://a.nl', name: 'x' } })).toMatchObject({ code: 'not-a-pseudonym' });
    expect(pupilOfActor({ account: { homePage: 'https://school.example', name: 'Emma de Vries' } })).toMatchObject({ code: 'not-a-pseudonym' });
  });
});

describe('sloUuidsOf', () => {
  it('reads SLO UUIDs from every list, lower case, once, only on slo.nl', () => {
    const uuid = 'CBE5831F-4031-464D-9F9B-EA9D3C2F324E';
    expect(
      sloUuidsOf({
        parent: [{ id: `https://opendata.slo.nl/curriculum/uuid/${uuid}` }],
        grouping: [{ id: 'https://lms.example/registration/8c519ad9-c040-4560-ab9b-c96caf64d75b' }],
        category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }],
        other: [
          { id: `https://opendata.slo.nl/curriculum/uuid/${uuid.toLowerCase()}` },
          { id: 'https://slo.nl/doelen/4ee30484-ecec-45b7-9fad-81fcb021ca93' },
          { id: 'niet een url' },
        ],
      }),
    ).toEqual(['cbe5831f-4031-464d-9f9b-ea9d3c2f324e', '4ee30484-ecec-45b7-9fad-81fcb021ca93']);
    expect(sloUuidsOf(undefined)).toEqual([]);
  });
});

describe('xapi cursor', () => {
  it('round-trips and refuses what it did not write', () => {
    const cursor = {
      more: 'https://lrs.example/xapi/statements/more/abc',
      since: '2026-01-01T00:00:00.000Z',
      latest: '2026-02-01T00:00:00.000Z',
      page: 3,
    };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(null)).toEqual({ more: null, since: null, latest: null, page: 1 });
    expect(() => decodeCursor('offset=5')).toThrow(AdapterError);
    expect(() => decodeCursor('xa1.bm9wZQ')).toThrow(/cursor/);
  });

  it('newestStored takes the latest parseable stored', () => {
    expect(
      newestStored([
        { stored: '2026-01-02T00:00:00Z' },
        { stored: 'gisteren' },
        null,
        { stored: '2026-01-03T10:00:00+01:00' },
        { stored: '2026-01-01T00:00:00Z' },
      ]),
    ).toBe('2026-01-03T09:00:00.000Z');
    expect(newestStored([{}, 7])).toBeNull();
  });
});

describe('readStatementsFile', () => {
  it('reads one statement, a list, or a StatementResult', () => {
    expect(readStatementsFile('{"id":"a"}')).toEqual({ ok: true, statements: [{ id: 'a' }] });
    expect(readStatementsFile('\uFEFF[{"id":"a"},{"id":"b"}]')).toEqual({ ok: true, statements: [{ id: 'a' }, { id: 'b' }] });
    expect(readStatementsFile('{"statements":[{"id":"a"}],"more":""}')).toEqual({ ok: true, statements: [{ id: 'a' }] });
  });

  it('reports broken JSON as unreadable, without quoting the input', () => {
    const broken = readStatementsFile('{"actor": {"mbox": "mailto:emma@school.example"}, "verb": ');
    expect(broken).toMatchObject({ ok: false, code: 'unreadable' });
    expect(JSON.stringify(broken)).not.toContain('emma');
    expect(readStatementsFile('"tekst"')).toMatchObject({ ok: false, code: 'unreadable' });
    expect(readStatementsFile('{"a": }')).toMatchObject({ ok: false, code: 'unreadable' });
  });
});

describe('verbKey', () => {
  it('is the last segment, bounded and safe as a key', () => {
    expect(verbKey('http://adlnet.gov/expapi/verbs/launched')).toBe('launched');
    expect(verbKey('http://example.com/xapi/verbs#sent-a-statement')).toBe('sent-a-statement');
    expect(verbKey('urn:<script>')).toBe('urnscript');
    expect(verbKey('////')).toBe('onbekend');
    expect(verbKey(`http://x/${'a'.repeat(100)}`)).toHaveLength(40);
  });
});
