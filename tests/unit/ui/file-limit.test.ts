import { describe, expect, it } from 'vitest';
import { FILE_LIMITS, findTooLarge } from '@/ui/file-limit';

const sized = (name: string, size: number) => ({ name, size });

describe('file size limits', () => {
  it('lets files up to the limit through and names the first one above it, in megabytes', () => {
    expect(findTooLarge([sized('a.csv', FILE_LIMITS.export)], 'export')).toBeNull();
    expect(findTooLarge([sized('a.csv', 10), sized('b.csv', 61_230_000), sized('c.csv', 90_000_000)], 'export')).toEqual({
      name: 'b.csv',
      size: 61.3,
      limit: 50,
    });
    expect(findTooLarge([sized('roster.csv', FILE_LIMITS.small + 1)], 'small')).toEqual({ name: 'roster.csv', size: 5.1, limit: 5 });
    expect(findTooLarge([sized('export.csv', FILE_LIMITS.small + 1)], 'export')).toBeNull();
    expect(findTooLarge(null, 'export')).toBeNull();
  });
});
