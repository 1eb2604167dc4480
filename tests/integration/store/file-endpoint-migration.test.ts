import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LeerzichtDb } from '@/store/db';
import { V5 } from '../../support/old-schemas';

const source = (id: string, kind: string, endpoint: string) => ({
  id,
  kind,
  name: id,
  endpoint,
  paused: false,
  mapping: {},
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('Dexie v6: file endpoints without file names', () => {
  it('rewrites every bestand:<file name> to bestand:<form of export>, and leaves other endpoints alone', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(5).stores(V5);
    await old.open();
    await old
      .table('sources')
      .bulkPut([
        source('dossier', 'uwlr', 'bestand:dossier Jan de Vries.xml'),
        source('dossier-zonder', 'uwlr', 'bestand:Sanne Bakker.xml'),
        source('uwlr', 'uwlr', 'bestand:leerresultaten groep 7.xml'),
        source('csv', 'csv', 'bestand:toetsen Piet.csv'),
        source('oneroster', 'oneroster', 'bestand:export Kim.zip'),
        source('oneroster-csv', 'oneroster', 'bestand:results.csv'),
        source('lrs', 'xapi', 'bestand:xapi Tom.json'),
        source('caliper', 'caliper', 'bestand:caliper.jsonl'),
        source('al-nieuw', 'csv', 'bestand:csv-columns'),
        source('sommenspoor', 'sommenspoor', 'https://api.sommenspoor.example/v2'),
      ]);
    await old
      .table('results')
      .put({ id: 'r1', source: 'dossier', pupil: 'p', time: '2026-01-01T00:00:00.000Z', goals: [], recordId: 'oso|p|RW|2015-10-23' });
    await old.table('results').put({ id: 'r2', source: 'uwlr', pupil: 'p', time: '2026-01-01T00:00:00.000Z', goals: [], recordId: 'R-1001' });
    await old.table('rejections').put({ id: 'dossier-zonder|dossier|RW|2015-10-23', source: 'dossier-zonder', at: '2026-01-01T00:00:00.000Z' });
    old.close();

    const db = new LeerzichtDb(name);
    const endpoints = Object.fromEntries((await db.sources.toArray()).map((row) => [row.id, row.endpoint]));
    expect(endpoints).toEqual({
      dossier: 'bestand:oso-dossier',
      'dossier-zonder': 'bestand:oso-dossier',
      uwlr: 'bestand:uwlr-leerresultaten',
      csv: 'bestand:csv-columns',
      oneroster: 'bestand:oneroster-zip',
      'oneroster-csv': 'bestand:oneroster-results',
      lrs: 'bestand:xapi-statements',
      caliper: 'bestand:caliper-events',
      'al-nieuw': 'bestand:csv-columns',
      sommenspoor: 'https://api.sommenspoor.example/v2',
    });
    // v6 ran; later versions (v7 interventions, ...) may follow it.
    expect(db.verno).toBeGreaterThanOrEqual(6);
    const text = JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
    for (const part of ['Jan de Vries', 'Sanne', 'Piet', 'Kim', 'Tom', '.xml', '.csv', '.zip', '.json']) expect(text, part).not.toContain(part);
    db.close();
  });
});
