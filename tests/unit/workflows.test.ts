import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../support/paths.ts';

/**
 * The GitHub Actions workflows, read as data. Pull requests run contributors' code: the workflow that
 * checks them must never get write access or secrets.
 */
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string> | string;
  container?: string | { image: string };
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown> | string | string[];
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const dir = join(root, '.github/workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const raw = (file: string) => readFileSync(join(dir, file), 'utf8');
const load = (file: string) => parse(raw(file)) as Workflow;
const triggers = (w: Workflow) => (typeof w.on === 'string' ? [w.on] : Array.isArray(w.on) ? w.on : Object.keys(w.on));
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);
const readOnly = (p: Job['permissions']) => p !== undefined && typeof p === 'object' && Object.values(p).every((v) => v === 'read' || v === 'none');

describe('GitHub Actions workflows', () => {
  it('has the pull-request check and the Pages deployment', () => {
    expect(files).toEqual(expect.arrayContaining(['check.yml', 'deploy.yml', 'proposal-to-pr.yml']));
  });

  it.each(files)('%s never uses pull_request_target', (file) => {
    expect(raw(file)).not.toMatch(/pull_request_target/);
    expect(triggers(load(file))).not.toContain('pull_request_target');
  });

  it('the pull-request workflow is read-only at every level', () => {
    const w = load('check.yml');
    expect(triggers(w)).toContain('pull_request');
    expect(w.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(w.jobs)) if (job.permissions !== undefined) expect(readOnly(job.permissions), name).toBe(true);
    expect(raw('check.yml')).not.toMatch(/\$\{\{\s*secrets\./);
  });

  it('the pull-request workflow runs the content check, the linter and the tests, on Node 24 with Chromium', () => {
    const w = load('check.yml');
    const runs = steps(w).map((s) => s.run ?? '');
    expect(runs.some((r) => /(^|\n)\s*npm run check\s*($|\n)/.test(r))).toBe(true);
    expect(runs.some((r) => /(^|\n)\s*npm run lint\s*($|\n)/.test(r))).toBe(true);
    expect(runs.some((r) => /(^|\n)\s*npm test\s*($|\n)/.test(r))).toBe(true);
    expect(runs.some((r) => /npm ci/.test(r))).toBe(true);
    expect(runs.some((r) => /apt-get install[^\n]*\bchromium\b/.test(r))).toBe(true);
    const node = steps(w).find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(String(node?.with?.['node-version'])).toBe('24');
    // The check and the linter run before the tests.
    const order = (re: RegExp) => runs.findIndex((r) => re.test(r));
    expect(order(/npm run check/)).toBeLessThan(order(/npm test/));
    expect(order(/npm run lint/)).toBeLessThan(order(/npm test/));
  });

  it('the deployment runs on main only, builds for the Pages address and deploys dist/ with minimal permissions', () => {
    const w = load('deploy.yml');
    expect(triggers(w)).not.toContain('pull_request');
    expect((w.on as { push?: { branches?: string[] } }).push?.branches).toEqual(['main']);
    const build = steps(w).find((s) => /npm run build/.test(s.run ?? '')) as Step & { env?: Record<string, string> };
    expect(build.env?.SITE_URL).toMatch(/steps\.pages\.outputs\./);
    expect(build.env?.BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}');
    expect(steps(w).find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toMatch(/^dist\/?$/);
    expect(steps(w).some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    const granted = new Set<string>();
    for (const p of [w.permissions, ...Object.values(w.jobs).map((j) => j.permissions)])
      if (p && typeof p === 'object') for (const [k, v] of Object.entries(p)) if (v === 'write') granted.add(k);
    expect([...granted].sort()).toEqual(['id-token', 'pages']);
    expect(w.permissions).toEqual({ contents: 'read' });
  });

  it('the proposal workflow reads the untrusted issue only through environment variables, and may write only what it needs', () => {
    const w = load('proposal-to-pr.yml');
    expect(triggers(w)).toEqual(['issues']);
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(w.jobs.proposal?.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
    // `${{ github.event.issue.* }}` inside a shell command would let the issue's author write that command.
    for (const s of steps(w)) expect(s.run ?? '', s.run).not.toMatch(/\$\{\{[^}]*github\.event/);
    expect(raw('proposal-to-pr.yml')).not.toMatch(/\$\{\{\s*secrets\./);
    expect(steps(w).some((s) => /node scripts\/apply-proposal\.ts --env PROPOSAL_BODY/.test(s.run ?? ''))).toBe(true);
  });

  // A tag can be moved to other code after review; a commit or a digest cannot. The comment keeps the
  // release readable (and lets update tools bump the pin and the comment together).
  it.each(files)('%s pins every action by commit, with its release in a comment', (file) => {
    const lines = raw(file)
      .split('\n')
      .filter((l) => /^\s*(-\s+)?uses:/.test(l));
    expect(lines.length, file).toBeGreaterThan(0);
    for (const line of lines) expect(line, file).toMatch(/^\s*(-\s+)?uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/);
    // The parsed value (the comment dropped) is the commit alone.
    for (const s of steps(load(file))) if (s.uses) expect(s.uses, file).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
  });

  it.each(files)('%s pins every container image by digest, keeping its tag', (file) => {
    for (const [name, job] of Object.entries(load(file).jobs)) {
      if (job.container === undefined) continue;
      const image = typeof job.container === 'string' ? job.container : job.container.image;
      expect(image, `${file} ${name}`).toMatch(/^[\w./-]+:[\w.-]+@sha256:[0-9a-f]{64}$/);
    }
  });

  it('the pull-request check still runs in Debian bookworm', () => {
    expect(load('check.yml').jobs.check?.container).toMatch(/^debian:bookworm@sha256:/);
  });
});
