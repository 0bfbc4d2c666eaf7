import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/paths.ts';

describe('scripts/profile-summary.ts (the profiler tables of docs/performance.md)', () => {
  it('sums self time per function and per package, largest first, with shares of the total', () => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-'));
    try {
      const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9, columnNumber: 0, scriptId: '0' });
      const profile = {
        nodes: [
          { id: 1, callFrame: frame('(root)', ''), children: [2, 3, 4] },
          { id: 2, callFrame: frame('(garbage collector)', '') },
          { id: 3, callFrame: frame('parse', 'file:///x/node_modules/parse5/dist/index.js') },
          { id: 4, callFrame: frame('buildIndexes', 'file:///x/src/lib/indexes.ts') },
        ],
        samples: [3, 3, 3, 2, 4, 3],
        timeDeltas: [1_000_000, 1_000_000, 1_000_000, 2_000_000, 500_000, 500_000],
        startTime: 0,
        endTime: 6_000_000,
      };
      const file = join(dir, 'p.cpuprofile');
      writeFileSync(file, JSON.stringify(profile));
      const run = (...args: string[]) =>
        execFileSync(process.execPath, ['scripts/profile-summary.ts', file, ...args], { cwd: root, encoding: 'utf8' })
          .trim()
          .split('\n');
      expect(run()).toEqual([
        'total 6.0 s of samples',
        '     3.5 s  58.3 %  parse  parse5/dist/index.js:10',
        '     2.0 s  33.3 %  (garbage collector)',
        '     0.5 s   8.3 %  buildIndexes  src/lib/indexes.ts:10',
      ]);
      expect(run('--by', 'package', '--top', '2')).toEqual(['total 6.0 s of samples', '     3.5 s  58.3 %  parse5', '     2.0 s  33.3 %  (garbage collector)']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
