import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { root } from './paths.ts';

const run = promisify(execFile);
const lockDir = resolve(root, 'tests/.output/.astro-build.lock');
const staleAfter = 10 * 60_000;

/**
 * Astro writes a build's content module list to the project's shared `.astro/` folder (not to the
 * cache or output folder), so two builds of different content folders at once can mix their entries.
 * Builds started through here take turns across test workers (a lock folder under tests/.output/).
 */
export async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  await mkdir(resolve(lockDir, '..'), { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch {
      const age = await stat(lockDir).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > staleAfter) await rm(lockDir, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

/** The environment without what Vitest adds (BASE_URL, MODE, ...), which Vite would take for the site's own. */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/**
 * The production build of a content folder into `outDir`, as `npm run build` runs it: `astro build`, then
 * `scripts/finish-build.ts` (search index, offline files). Keep `outDir` inside the project: Astro puts
 * the prerender chunks of an outDir outside the working folder into the shared `.astro/`. `astroOnly`: the
 * first step alone (`astro build`, without `npm run build`'s content check before it). Never throws on
 * a failed build: resolves with the exit code and everything both steps printed.
 */
export async function buildSite(options: {
  contentDir: string;
  outDir: string;
  env?: Record<string, string>;
  astroOnly?: boolean;
}): Promise<{ code: number; output: string }> {
  return withBuildLock(async () => {
    // A cache of its own (astro.config.mjs adds a suffix per content folder), removed after the build.
    const cacheParent = await mkdtemp(join(tmpdir(), 'astro-build-cache-'));
    const env = buildEnv({ CONTENT_DIR: options.contentDir, ASTRO_CACHE_DIR: join(cacheParent, 'cache'), ...options.env });
    let output = '';
    try {
      for (const argv of [
        ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', options.outDir],
        ...(options.astroOnly ? [] : [['scripts/finish-build.ts', '--outDir', options.outDir]]),
      ]) {
        const { stdout, stderr } = await run(process.execPath, argv, { cwd: root, env, maxBuffer: 64 * 1024 * 1024 });
        output += stdout + stderr;
      }
      return { code: 0, output };
    } catch (error) {
      const e = error as { code?: unknown; stdout?: string; stderr?: string };
      return { code: typeof e.code === 'number' ? e.code : 1, output: `${output}${e.stdout ?? ''}${e.stderr ?? ''}` };
    } finally {
      await rm(cacheParent, { recursive: true, force: true });
    }
  });
}
