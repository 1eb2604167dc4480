import { describe, expect, it } from 'vitest';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import { detectReader } from '@/adapters/files/readers';
import { looksLikePseudonym, passesElfproef } from '@/adapters/shared/map-helpers';
import { sourceId } from '@/domain/ids';
import { ECK } from './hostile-inputs';

const ctx: FileReadContext = { source: sourceId('hostile'), mapping: {}, now: '2026-02-03T10:00:00.000Z', resolveSloIds: () => [] };
const file = (name: string, text: string): ExportFile => ({ name, bytes: new TextEncoder().encode(text) });

describe('the pseudonym check refuses a BSN, an e-mail address in any encoding and whitespace (issue 13 item 10)', () => {
  it('the elfproef', () => {
    expect(passesElfproef('123456782')).toBe(true);
    expect(passesElfproef('123456789')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
  });

  it.each([
    'NL-BSN-123456782',
    'bsn:123456782-leerling',
    'jan.devries%40school.example',
    'jan.devries%2540school.example',
    'jan.devries&#64;school.example',
    'jan.devries&#x40;school.example',
    'jan.devries＠school.example',
    'ps-3f9a2c71\u00a0d04e8b65',
    'ps-3f9a2c71\u200bd04e8b65',
  ])('refuses %s', (value) => {
    expect(looksLikePseudonym(value)).toBe(false);
  });

  it.each([ECK, 'ps-3f9a2c71d04e8b65', `https://ketenid.nl/201703/${'a1'.repeat(10)}123456782${'b2'.repeat(10)}`, 'ps-123456789-leerling'])(
    'keeps %s (nine digits inside a hash, or failing the elfproef, are no BSN)',
    (value) => {
      expect(looksLikePseudonym(value)).toBe(true);
    },
  );

  it('a supplier CSV row with a URL-encoded e-mail address or a BSN is rejected as not-a-pseudonym, the good row kept', () => {
    const text = `Leerling;Datum;Opdracht;Score;Max\n${ECK};2026-01-15;R-1;7;10\njan.devries%40school.example;2026-01-15;R-1;7;10\nNL-BSN-123456782;2026-01-15;R-1;7;10\n`;
    const main = file('export.csv', text);
    const outcome = detectReader(main)?.read(main, [], ctx);
    expect(outcome?.ok && outcome.results).toHaveLength(1);
    expect(outcome?.ok && outcome.rejections.map((rejection) => [rejection.code, rejection.recordId])).toEqual([
      ['not-a-pseudonym', 'regel 3'],
      ['not-a-pseudonym', 'regel 4'],
    ]);
  });
});
