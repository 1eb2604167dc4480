import { afterEach, describe, expect, it } from 'vitest';
import { goalsBySloId } from '@/curriculum';
import { followReplacements, predecessorsOf, resolveSloUuids, setSloLinks, successorOf } from '@/curriculum/slo-import';

/** An SLO UUID the programming line carries (an Aanbodsdoel of 'algoritmes', onderbouw). */
const PROGRAMMEREN_GOAL_SAMPLE = '9a22fa47-2a5a-4b86-abb0-87d41ebb14dd';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const links = (pairs: ReadonlyArray<readonly [number, readonly number[]]>) => new Map(pairs.map(([from, to]) => [id(from), to.map(id)] as const));

describe('followReplacements', () => {
  it('an id never replaced has no successors', () => {
    expect(followReplacements(id(1), links([[2, [3]]]))).toEqual([]);
  });

  it('follows a chain to its end', () => {
    expect(
      followReplacements(
        id(1),
        links([
          [1, [2]],
          [2, [3]],
          [3, [4]],
        ]),
      ),
    ).toEqual([id(4)]);
  });

  it('a split yields every successor, also when one branch goes on', () => {
    expect(
      followReplacements(
        id(1),
        links([
          [1, [2, 3]],
          [3, [4, 5]],
        ]),
      ),
    ).toEqual([id(2), id(4), id(5)]);
  });

  it('stops at a cycle and still returns the way out of it', () => {
    expect(
      followReplacements(
        id(1),
        links([
          [1, [2]],
          [2, [1]],
        ]),
      ),
    ).toEqual([]);
    expect(
      followReplacements(
        id(1),
        links([
          [1, [2]],
          [2, [3]],
          [3, [2, 4]],
        ]),
      ),
    ).toEqual([id(4)]);
  });

  it('is case-insensitive on the id asked for', () => {
    expect(followReplacements(id(1).toUpperCase(), links([[1, [2]]]))).toEqual([id(2)]);
  });

  it('predecessorsOf walks the other way, through chains', () => {
    expect(
      predecessorsOf(
        id(3),
        links([
          [1, [2]],
          [2, [3]],
          [5, [6]],
        ]),
      ).sort(),
    ).toEqual([id(1), id(2)]);
  });
});

describe('successorOf and resolveSloUuids (with the links the store primes)', () => {
  afterEach(() => setSloLinks(new Map(), []));

  it('successorOf uses the primed links', () => {
    expect(successorOf(id(1))).toEqual([]);
    setSloLinks(
      links([
        [1, [2]],
        [2, [3]],
      ]),
      [],
    );
    expect(successorOf(id(1))).toEqual([id(3)]);
  });

  it('a replaced UUID resolves to the built-in goal that carries its successor', () => {
    const carried = PROGRAMMEREN_GOAL_SAMPLE;
    expect(goalsBySloId(carried).length).toBeGreaterThan(0);
    const old = id(99);
    expect(resolveSloUuids([old])).toEqual([]);
    setSloLinks(new Map([[old, [carried]]]), []);
    expect(resolveSloUuids([old])).toEqual(goalsBySloId(carried).map((goal) => goal.id));
  });

  it('a successor of a UUID a built-in goal carries resolves to that goal', () => {
    const carried = PROGRAMMEREN_GOAL_SAMPLE;
    setSloLinks(new Map([[carried, [id(7)]]]), []);
    expect(resolveSloUuids([id(7)])).toEqual(goalsBySloId(carried).map((goal) => goal.id));
  });

  it('imported goals resolve by their UUID; a replaced imported goal resolves to its imported successor', () => {
    setSloLinks(links([[1, [2]]]), [id(1), id(2), id(5)]);
    expect(resolveSloUuids([id(5)])).toEqual([id(5)]);
    expect(resolveSloUuids([id(1)])).toEqual([id(2)]);
    expect(resolveSloUuids([id(6)])).toEqual([]);
  });
});
