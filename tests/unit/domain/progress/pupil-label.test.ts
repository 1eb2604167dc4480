// pupilLabel lives in src/domain/pupil-label.ts; its test sits here with the other pure progress views.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupId, pupilKey, pupilRef } from '@/domain/ids';
import type { Pupil, RosterEntry } from '@/domain/model';
import { pupilLabel } from '@/domain/pupil-label';

const REF = pupilRef(`https://demo.invalid/nep-eckid/201703/${'c0ffee'.repeat(21)}ab`);
const pupil: Pupil = { key: pupilKey(7), ref: REF, group: groupId('g5a'), number: 12 };
const roster = (firstName: string, prefix: string, lastName: string): RosterEntry => ({
  ref: REF,
  firstName,
  prefix,
  lastName,
  group: groupId('g5a'),
});

describe('pupilLabel', () => {
  it('joins first name, prefix and last name', () => {
    expect(pupilLabel(pupil, roster('Sanne', 'van', 'Dijk'))).toEqual({ kind: 'name', text: 'Sanne van Dijk' });
    expect(pupilLabel(pupil, roster('Jan', 'van der', 'Berg'))).toEqual({ kind: 'name', text: 'Jan van der Berg' });
  });

  it('leaves out an empty or blank prefix without a double space', () => {
    expect(pupilLabel(pupil, roster('Sanne', '', 'Dijk'))).toEqual({ kind: 'name', text: 'Sanne Dijk' });
    expect(pupilLabel(pupil, roster(' Sanne ', '  ', ' Dijk'))).toEqual({ kind: 'name', text: 'Sanne Dijk' });
  });

  it('gives the placeholder with the pupil number without a roster entry', () => {
    expect(pupilLabel(pupil, null)).toEqual({ kind: 'placeholder', number: 12 });
    expect(pupilLabel(pupil, undefined)).toEqual({ kind: 'placeholder', number: 12 });
  });

  it('gives the placeholder when the roster entry has no name at all', () => {
    expect(pupilLabel(pupil, roster('', ' ', ''))).toEqual({ kind: 'placeholder', number: 12 });
  });

  it('never contains the pseudonym', () => {
    const name = fc.string({ maxLength: 20 });
    fc.assert(
      fc.property(fc.option(fc.tuple(name, name, name), { nil: null }), fc.integer({ min: 1, max: 40 }), (parts, number) => {
        const label = pupilLabel({ ...pupil, number }, parts ? roster(...parts) : null);
        expect(JSON.stringify(label)).not.toContain(REF);
        expect(JSON.stringify(label)).not.toContain('c0ffee');
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
