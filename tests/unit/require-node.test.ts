import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * On a Node older than 22.12, `npm run build`, `npm start` and `npm test` stop with one line naming the
 * version and how to get it; `npm install` stops before installing (engine-strict) with npm's own message,
 * whose "Required:" line carries the same how-to (package.json "engines"). The machine's own Node and npm
 * (Debian's Node 20 here and on CI) play the old ones.
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

  it.runIf(old && existsSync('/usr/bin/npm'))('stops `npm install` before it installs anything, with one line naming the version and how to get it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'old-node-install-'));
    try {
      for (const file of ['package.json', 'package-lock.json', '.npmrc']) copyFileSync(file, join(dir, file));
      // Only the system's binaries: the old Node runs npm.
      const run = spawnSync('/usr/bin/npm', ['install', '--no-audit', '--no-fund', '--offline'], {
        cwd: dir,
        encoding: 'utf8',
        env: { HOME: process.env.HOME, PATH: '/usr/bin:/bin', npm_config_cache: join(dir, '.npm') },
      });
      expect(run.status).not.toBe(0);
      expect(existsSync(join(dir, 'node_modules'))).toBe(false);
      const required = run.stderr.split('\n').filter((line) => line.includes('Required:'));
      expect(required).toHaveLength(1);
      expect(required[0]).toContain('>=22.12');
      expect(required[0]).toContain('nvm install');
      expect(required[0]).toContain('node@24');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs before build, start and test, and npm install is strict about engines', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const name of ['prebuild', 'prestart', 'pretest']) expect(scripts[name]).toBe(`node ${script}`);
    expect(readFileSync('.npmrc', 'utf8')).toMatch(/^engine-strict=true$/m);
  });
});
