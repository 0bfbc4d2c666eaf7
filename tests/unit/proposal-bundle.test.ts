import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleMarker, decodeBundle, encodeBundle, maxIssueUrlLength, proposalIssueUrl, type BundleFile } from '../../src/lib/proposal-bundle.ts';
import { contactAddress } from '../../src/lib/repository.ts';
import { fixtureContent, root } from '../support/paths.ts';

const run = promisify(execFile);
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

const practice: BundleFile[] = [
  { path: 'practices/fes-youth/practice.yaml', content: 'countries: [ma]\n' },
  { path: 'practices/fes-youth/ar.mdx', content: '---\ntitle: "منتدى الشباب في فاس"\n---\n\nنص «مع» <bdi>UNDP</bdi>.\n' },
  { path: 'taxonomy/cities.yaml', content: '\nfes:\n  name: { ar: "فاس" }\n', append: true },
];
/** A bundle made by hand (as a hostile issue could hold one), with the form's encoding. */
const forged = (value: unknown) => `${bundleMarker}\n${deflateRawSync(JSON.stringify(value)).toString('base64url')}`;

describe('proposal bundle (the files in one prefilled issue)', () => {
  it('comes back byte for byte, found inside an issue body GitHub has wrapped in its own text', async () => {
    const bundle = await encodeBundle(practice);
    expect(bundle.split('\n')).toHaveLength(2);
    expect(await decodeBundle(`### Your files\n\n${bundle}\n\n### A message\n\n_No response_`)).toEqual({ ok: true, files: practice });
  });

  it('keeps a short Arabic practice well under GitHub’s URL limit, and gives no link above it', async () => {
    const url = proposalIssueUrl('https://github.com/example/hub', 'اقتراح: منتدى', await encodeBundle(practice));
    expect(url).toMatch(/^https:\/\/github\.com\/example\/hub\/issues\/new\?template=send-proposal\.yml&title=/);
    expect(url!.length).toBeLessThan(2000);
    // Text that does not compress (random letters) past the limit: no link, the form offers the archive.
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const noise = Array.from({ length: 9000 }, () => String.fromCharCode(0x0621 + (next() % 26))).join('');
    expect(proposalIssueUrl('https://github.com/example/hub', 't', await encodeBundle([{ path: 'practices/x/ar.mdx', content: noise }]))).toBeUndefined();
    expect(maxIssueUrlLength).toBeLessThan(8192);
  });

  it('refuses anything but a new practice’s files and a new city’s lines, saying why', async () => {
    const refused = async (files: unknown) => {
      const r = await decodeBundle(forged({ files }));
      expect(r.ok, JSON.stringify(files)).toBe(false);
      return r.ok ? '' : r.reason;
    };
    expect(await refused([{ path: '../../.github/workflows/x.yml', content: 'x' }])).toMatch(/files\.0/);
    expect(await refused([{ path: 'practices/x/practice.yaml/../../../package.json', content: 'x' }])).toMatch(/a new practice file/);
    expect(await refused([{ path: 'guides/mayors/en/index.mdx', content: 'x' }])).toMatch(/a new practice file/);
    expect(await refused([{ path: 'taxonomy/themes.yaml', content: 'x', append: true }])).toMatch(/taxonomy\/cities\.yaml/);
    expect(await refused([{ path: 'taxonomy/cities.yaml', content: 'x' }])).toMatch(/a new practice file/);
    expect(await refused([])).toMatch(/files/);
    expect(await refused([practice[0], practice[0]])).toMatch(/twice/);
    expect(await decodeBundle('no bundle here')).toMatchObject({ ok: false, reason: expect.stringMatching(bundleMarker) });
    const cut = (await encodeBundle(practice)).slice(0, -20);
    expect(await decodeBundle(cut)).toMatchObject({ ok: false, reason: expect.stringMatching(/incomplete or damaged/) });
  });
});

describe('scripts/apply-proposal.ts (what the proposal workflow runs)', () => {
  const apply = async (body: string) => {
    const dir = await mkdtemp(join(tmpdir(), 'apply-'));
    temps.push(dir);
    await cp(fixtureContent, dir, { recursive: true });
    const result = await run(process.execPath, ['scripts/apply-proposal.ts', '--env', 'BODY'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: dir, BODY: body },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    return { dir, ...result };
  };

  it('writes the new files and adds the city’s lines at the end of cities.yaml', async () => {
    const { dir, code, stdout } = await apply(await encodeBundle(practice));
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual(practice.map((f) => `content/${f.path}`));
    expect(await readFile(join(dir, practice[1]!.path), 'utf8')).toBe(practice[1]!.content);
    expect(await readFile(join(dir, 'taxonomy/cities.yaml'), 'utf8')).toBe(
      (await readFile(join(fixtureContent, 'taxonomy/cities.yaml'), 'utf8')) + practice[2]!.content,
    );
  });

  it('refuses to overwrite an existing practice, and writes nothing then', async () => {
    const { dir, code, stderr } = await apply(
      forged({
        files: [
          { path: 'practices/new-one/practice.yaml', content: 'x' },
          { path: 'practices/sample-full/practice.yaml', content: 'x' },
        ],
      }),
    );
    expect(code).toBe(1);
    expect(stderr).toContain('content/practices/sample-full/practice.yaml exists already');
    expect(existsSync(join(dir, 'practices/new-one'))).toBe(false);
  });

  it('says why a damaged proposal cannot be read', async () => {
    const { code, stderr } = await apply(`${bundleMarker}\n!!!`);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^The proposal could not be read: /);
  });
});

describe('contact address for proposals', () => {
  it('is shown only when CONTACT_EMAIL is a well-formed address', () => {
    expect(contactAddress({ CONTACT_EMAIL: ' hub@example.org ' })).toBe('hub@example.org');
    for (const bad of [undefined, '', 'hub', 'a b@example.org', '<x>@example.org', 'hub@example'])
      expect(contactAddress({ CONTACT_EMAIL: bad })).toBeUndefined();
  });
});
