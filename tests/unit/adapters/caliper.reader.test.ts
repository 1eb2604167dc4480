import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCaliperFile } from '@/adapters/caliper/caliper.reader';
import { isoDurationSeconds, learningObjectiveUuids, refId } from '@/adapters/caliper/caliper.refs';

const event = (n: number) => ({ id: `urn:uuid:00000000-0000-4000-a000-00000000000${n}`, type: 'NavigationEvent', action: 'NavigatedTo' });
const envelope = (...data: unknown[]) => ({
  sensor: 'https://x.example/sensor',
  sendTime: '2026-01-01T00:00:00.000Z',
  dataVersion: 'http://purl.imsglobal.org/ctx/caliper/v1p2',
  data,
});
const idsOf = (content: ReturnType<typeof readCaliperFile>) =>
  'events' in content ? content.events.map((value) => (value as { id: string }).id) : content.unreadable;

describe('readCaliperFile', () => {
  it('reads a single event', () => {
    expect(idsOf(readCaliperFile(JSON.stringify(event(1))))).toEqual([event(1).id]);
  });

  it('reads an envelope, with a byte order mark and CRLF around it', () => {
    expect(idsOf(readCaliperFile(`\uFEFF\r\n${JSON.stringify(envelope(event(1), event(2)), null, 2)}\r\n`))).toEqual([event(1).id, event(2).id]);
  });

  it('reads an array of envelopes (and loose events in it)', () => {
    expect(idsOf(readCaliperFile(JSON.stringify([envelope(event(1)), envelope(event(2), event(3)), event(4)])))).toEqual(
      [1, 2, 3, 4].map((n) => event(n).id),
    );
  });

  it('reads JSON Lines of envelopes and events, skipping blank lines', () => {
    const text = [JSON.stringify(envelope(event(1))), '', JSON.stringify(event(2)), JSON.stringify(envelope(event(3), event(4)))].join('\n');
    expect(idsOf(readCaliperFile(text))).toEqual([1, 2, 3, 4].map((n) => event(n).id));
  });

  it.each([
    ['an empty file', '  \n ', 'leeg bestand'],
    ['broken JSON', '{"id": "urn:uuid:1", "type": ', 'bestand: geen geldige JSON (regel 1, teken 29)'],
    ['a number', '42', 'bestand: geen Caliper-event of -envelope'],
    ['an envelope whose data is no list', JSON.stringify({ ...envelope(), data: { id: 1 } }), 'bestand: envelope: data: een lijst verwacht'],
    [
      'a bad envelope inside an array',
      JSON.stringify([envelope(event(1)), { sensor: 'x', data: 'nee' }]),
      'bestand [1]: envelope: data: een lijst verwacht',
    ],
  ])('%s is unreadable, with a reason', (_name, text, reason) => {
    expect(readCaliperFile(text)).toEqual({ unreadable: reason });
  });

  it('JSON Lines: a broken third line is one rejection of its own, the other lines are kept (issue 13 item 8)', () => {
    const content = readCaliperFile(`${JSON.stringify(event(1))}\n${JSON.stringify(event(2))}\n{"data": [`);
    expect(idsOf(content)).toEqual([event(1).id, event(2).id]);
    expect('broken' in content && content.broken).toMatchObject([{ line: 3, detail: expect.stringMatching(/^regel 3: geen geldige JSON/) }]);
  });

  it('never echoes the file content in its reason', () => {
    const content = readCaliperFile('{"actor": "mailto:emma@school.example", oops}');
    expect('unreadable' in content && content.unreadable).not.toContain('emma');
  });

  it('any text gives events or a reason, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.array(fc.json()).map((lines) => lines.join('\n')),
        ),
        (text) => {
          const content = readCaliperFile(text);
          return 'events' in content ? Array.isArray(content.events) : content.unreadable.length > 0;
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('caliper value readers', () => {
  it.each([
    ['PT50M12S', 3012],
    ['PT10M30S', 630],
    ['P1DT2H', 93_600],
    ['P1W', 604_800],
    ['PT0.6S', 1],
    ['PT1,5M', 90],
    ['P1M', null],
    ['PT', null],
    ['P', null],
    ['50 minuten', null],
    [3012, null],
  ])('isoDurationSeconds(%j) = %j', (value, seconds) => {
    expect(isoDurationSeconds(value)).toBe(seconds);
  });

  it('refId reads an IRI string or an embedded id', () => {
    expect([refId('https://x.example/a'), refId({ id: 'https://x.example/b' }), refId({ type: 'Person' }), refId(''), refId(7)]).toEqual([
      'https://x.example/a',
      'https://x.example/b',
      null,
      null,
      null,
    ]);
  });

  it('learningObjectiveUuids finds UUIDs in objective ids, lower-cased and once', () => {
    const uuid = 'AB8A2F38-2A4B-4B70-9F5C-1F5B2C3D4E5F';
    const entity = {
      learningObjectives: [
        `https://opendata.slo.nl/curriculum/uuid/${uuid}`,
        { id: `urn:slo:${uuid.toLowerCase()}` },
        { id: 'https://x.example/doel' },
        42,
      ],
    };
    expect(learningObjectiveUuids(entity)).toEqual([uuid.toLowerCase()]);
    expect(learningObjectiveUuids('https://x.example/toets')).toEqual([]);
  });
});
