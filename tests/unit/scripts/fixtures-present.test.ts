import { describe, expect, it } from 'vitest';
import { fixturesPresent } from '../../support/fixtures-present';

describe('fixturesPresent', () => {
  it('says whether the fixtures are there when not under CI, so a suite can skip on a developer machine', () => {
    expect(fixturesPresent(true, 'x', {})).toBe(true);
    expect(fixturesPresent(false, 'x', {})).toBe(false);
    expect(fixturesPresent(false, 'x', { CI: 'false' })).toBe(false);
  });

  it('fails under CI=true when the fixture folder is missing, naming the suite', () => {
    expect(() => fixturesPresent(false, 'uwlr.test.ts', { CI: 'true' })).toThrow('Conformance fixtures missing under CI: uwlr.test.ts');
    expect(() => fixturesPresent(false, 'x', { CI: '1' })).toThrow(/missing under CI/);
    expect(fixturesPresent(true, 'x', { CI: 'true' })).toBe(true);
  });
});
