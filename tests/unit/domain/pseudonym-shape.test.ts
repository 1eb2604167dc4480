import { describe, expect, it } from 'vitest';
import { looksLikePseudonym } from '@/adapters/shared/map-helpers';
import { fitsShape, isPseudonymShape, PSEUDONYM_SHAPES, shapeIssue } from '@/domain/pseudonym-shape';
import { defaultPseudonymShape, pseudonymShapeOf, SOURCE_KINDS } from '@/domain/source';

const HEX = '0123456789abcdef'.repeat(8);
const ECK = `https://ketenid.nl/201703/${HEX}`;
const DEMO = `https://demo.invalid/nep-eckid/201703/${HEX}`;
const UUID = '6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c';

describe('pseudonym shapes a connector can expect (issue 13 item 10)', () => {
  it('a fixed list: eck, uuid and any, nothing typed by a user', () => {
    expect(PSEUDONYM_SHAPES).toEqual(['eck', 'uuid', 'any']);
    expect(isPseudonymShape('eck')).toBe(true);
    expect(isPseudonymShape('^.*$')).toBe(false);
  });

  it.each([ECK, DEMO])('eck accepts the ECK iD form %s', (key) => {
    expect(fitsShape(key, 'eck')).toBe(true);
    expect(shapeIssue(key, 'eck')).toBeNull();
  });

  it.each([
    ['127 hexadecimal characters', `https://ketenid.nl/201703/${HEX.slice(1)}`],
    ['129 hexadecimal characters', `https://ketenid.nl/201703/${HEX}0`],
    ['upper case (compared as is, it would never join the roster)', `https://ketenid.nl/201703/${HEX.toUpperCase()}`],
    ['a non-hexadecimal character', `https://ketenid.nl/201703/${HEX.slice(1)}g`],
    ['http instead of https', `http://ketenid.nl/201703/${HEX}`],
    ['another host', `https://ketenid.nlx/201703/${HEX}`],
    ['another version', `https://ketenid.nl/201704/${HEX}`],
    ['no prefix', HEX],
    ['a trailing newline', `${ECK}\n`],
    ['a name', 'JanDeVries2014Almere'],
    ['a UUID', UUID],
  ])('eck refuses %s', (_why, key) => {
    expect(fitsShape(key, 'eck')).toBe(false);
    expect(shapeIssue(key, 'eck')).toEqual({ code: 'pseudonym_shape', param: 'eck' });
  });

  it.each([UUID, UUID.toUpperCase(), `urn:uuid:${UUID}`])('uuid accepts %s', (key) => {
    expect(fitsShape(key, 'uuid')).toBe(true);
  });

  it.each([UUID.slice(1), `${UUID}0`, UUID.replace(/-/g, ''), `{${UUID}}`, ECK, 'JanDeVries2014Almere'])('uuid refuses %s', (key) => {
    expect(fitsShape(key, 'uuid')).toBe(false);
  });

  it('JanDeVries2014Almere passes the base check, so any takes it; eck does not', () => {
    expect(looksLikePseudonym('JanDeVries2014Almere')).toBe(true);
    expect(fitsShape('JanDeVries2014Almere', 'any')).toBe(true);
    expect(fitsShape('JanDeVries2014Almere', 'eck')).toBe(false);
  });

  it('a very long key is judged at once (fixed patterns, no backtracking)', () => {
    const long = `https://ketenid.nl/201703/${'a'.repeat(1_000_000)}`;
    expect(fitsShape(long, 'eck')).toBe(false);
    expect(fitsShape(`${'0'.repeat(500_000)}-`, 'uuid')).toBe(false);
  });

  it('defaults: ECK iD for the Dutch sources, any form for the international standards; a stored setting wins', () => {
    const withDefault = (shape: string) => SOURCE_KINDS.filter((kind) => defaultPseudonymShape(kind) === shape);
    expect(withDefault('any')).toEqual(['xapi', 'caliper', 'oneroster']);
    expect(withDefault('eck')).toEqual(['sommenspoor', 'leesvlinder', 'blokkodo', 'uwlr', 'csv']);
    expect(pseudonymShapeOf({ kind: 'uwlr' })).toBe('eck');
    expect(pseudonymShapeOf({ kind: 'uwlr', pseudonym: 'uuid' })).toBe('uuid');
  });
});
