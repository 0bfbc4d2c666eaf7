import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * On a Node older than 22.12, `npm run build`, `npm start` and `npm test` stop with one line naming the
 * version and how to get it; `npm install` stops before installing (engine-strict). The machine's own
 * Node (Debian's, 20 here and on CI) plays the old one.
 */
const script = 'scripts/require-node.mjs';
const systemNode = '/usr/bin/node';
const version = (bin: string) => spawnSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
const old = existsSync(systemNode) && /^(1\d|20|21|22\.(\d|1[01]))\./.test(version(systemNode));

describe('the Node version gate', () => {
  it('lets the current Node through, silently', () => {
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).toBe('');
  });

  it.runIf(old)('stops an old Node with one line: the version needed and how to get it', () => {
    const run = spawnSync(systemNode, [script], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('22.12');
    expect(lines[0]).toContain('nvm install');
    expect(lines[0]).toContain('node@24');
  });

  it('runs before build, start and test, and npm install is strict about engines', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const name of ['prebuild', 'prestart', 'pretest']) expect(scripts[name]).toBe(`node ${script}`);
    expect(readFileSync('.npmrc', 'utf8')).toMatch(/^engine-strict=true$/m);
  });
});
