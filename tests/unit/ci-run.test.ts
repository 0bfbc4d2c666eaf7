import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../support/paths.ts';

/**
 * `.ci/run` is the gate: the content check and the linter must stop it, with the one line CI reads, before
 * the tests run. Played with a stand-in `npm` that records its calls and fails the step under test.
 * (Without Chromium the script would install it first, so this needs the machine the browser tests need.)
 */
const bin = mkdtempSync(join(tmpdir(), 'ci-run-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));
writeFileSync(join(bin, 'npm'), '#!/bin/sh\necho "$*" >> "$NPM_LOG"\n[ "$*" = "$NPM_FAIL" ] && exit 1\nexit 0\n');
chmodSync(join(bin, 'npm'), 0o755);

function ciRun(failing: string): { code: number | null; lastLine: string; calls: string[] } {
  const log = join(bin, `${failing.replace(/\W/g, '-')}.log`);
  const run = spawnSync('bash', ['.ci/run'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NPM_LOG: log, NPM_FAIL: failing },
  });
  return { code: run.status, lastLine: run.stdout.trim().split('\n').at(-1) ?? '', calls: readFileSync(log, 'utf8').trim().split('\n') };
}

describe('.ci/run', () => {
  it.runIf(existsSync('/usr/bin/chromium'))('stops on a failed content check or lint, before the tests, with "0 passed, 1 failed"', () => {
    expect(ciRun('run check')).toEqual({ code: 1, lastLine: '0 passed, 1 failed', calls: ['--version', 'ci --no-audit --no-fund', 'run check'] });
    expect(ciRun('run lint')).toEqual({ code: 1, lastLine: '0 passed, 1 failed', calls: ['--version', 'ci --no-audit --no-fund', 'run check', 'run lint'] });
  });
});
