import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const { nodeVersionProblem } = createRequire(import.meta.url)('../../../scripts/check-node.cjs') as {
  nodeVersionProblem: (actual: string, range: string) => string | null;
};
const RANGE = '^20.19.0 || >=22.12.0';

describe('nodeVersionProblem', () => {
  it('accepts a Node in the range', () => {
    for (const version of ['v20.19.0', 'v20.20.2', 'v22.12.0', 'v24.1.0']) expect(nodeVersionProblem(version, RANGE)).toBeNull();
  });

  it('refuses an older Node with one line that says what is needed and what there is', () => {
    const problem = nodeVersionProblem('v18.19.1', RANGE);
    expect(problem).toBe(
      'Leerzicht needs Node.js 20.19+ or 22.12+ (this is Node 18.19.1): install a current Node from https://nodejs.org and run the command again.',
    );
    expect(problem).not.toContain('\n');
  });

  it('knows where each line of Node starts: 20.18, 21 and 22.11 are refused', () => {
    for (const version of ['v20.18.3', 'v21.7.0', 'v22.11.0', 'v16.0.0'])
      expect(nodeVersionProblem(version, RANGE)).toMatch(/^Leerzicht needs Node\.js/);
  });

  it('reads a plain ">=20" too, and says when it cannot read a range', () => {
    expect(nodeVersionProblem('v19.9.0', '>=20')).toContain('20.0+');
    expect(nodeVersionProblem('v20.0.0', '>=20')).toBeNull();
    expect(() => nodeVersionProblem('v20.0.0', '~20')).toThrow(/understands only/);
  });
});
