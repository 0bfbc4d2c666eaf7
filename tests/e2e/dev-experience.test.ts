import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEnv, withBuildLock } from '../support/astro-build.ts';
import { fixtureBase, fixtureDist, root } from '../support/paths.ts';

/**
 * A developer's first commands: `npm run dev` serves styled pages (no policy meta blocking the dev
 * server's inline styles and scripts), and `npm run preview` serves a build under the base path it was
 * built for.
 */
let child: ChildProcess | undefined;
afterEach(() => {
  // The whole process group: scripts/preview.ts runs Astro's server as a child of its own.
  if (child?.pid) process.kill(-child.pid, 'SIGTERM');
  child = undefined;
});

/** Starts a command and resolves once it prints its local address. */
function start(args: string[], ready: RegExp): Promise<string> {
  return new Promise((resolveReady, reject) => {
    // Without what Vitest adds to the environment (MODE, NODE_ENV, ...), which Astro would read as its own.
    child = spawn(process.execPath, args, { cwd: root, env: buildEnv({}), detached: true });
    let output = '';
    const onData = (data: Buffer) => {
      output += data.toString();
      const m = ready.exec(output);
      if (m) resolveReady(m[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

describe('developer experience', () => {
  it('npm run dev: pages carry no Content-Security-Policy meta, so the dev server’s styles apply', async () => {
    // The dev server writes Astro's shared .astro/ folder, like a build: it takes its turn with them.
    await withBuildLock(async () => {
      const url = await start(['node_modules/astro/bin/astro.mjs', 'dev', '--port', '4397'], /(http:\/\/localhost:\d+\/)/);
      const html = await (await fetch(`${url}en/`)).text();
      expect(html).toContain('<h1');
      expect(html).not.toContain('Content-Security-Policy');
      expect(html).toMatch(/<style|<link rel="stylesheet"|<script type="module" src="\/@vite\/client"/);
    });
  }, 120_000);

  it('npm run preview: a build for a base path is served under that path', async () => {
    const url = await start(['scripts/preview.ts', '--outDir', fixtureDist, '--port', '4398'], /(http:\/\/localhost:\d+\/\S*)/);
    expect(url).toBe(`http://localhost:4398${fixtureBase}`);
    const response = await fetch(`${url}en/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`href="${fixtureBase}en/`);
  }, 60_000);
});
