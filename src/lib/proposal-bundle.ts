import * as z from 'zod/mini';
import { localePattern } from '../config/locales.ts';
import { slugPattern } from '../schemas/common.ts';

/**
 * A proposal as one piece of text: the files the proposal form wrote, compressed (deflate) and written in
 * base64url after a marker line. It travels in one prefilled GitHub issue (the `send-proposal` issue
 * form), from which a workflow (scripts/apply-proposal.ts) writes the files into a pull request. Being
 * untrusted input, the decoded bundle may only hold a new practice's files and a new city's lines.
 */

export const bundleMarker = 'MENA-HUB-PROPOSAL-1';

/**
 * GitHub answers a URL longer than 8,191 bytes with "414 URI Too Long" (documented in GitHub's docs on
 * creating an issue from a URL query). Below this, the prefilled issue link is offered; above, the archive.
 */
export const maxIssueUrlLength = 8000;

const slugSource = slugPattern.source.replace(/^\^|\$$/g, '');
const practiceFile = new RegExp(`^practices/${slugSource}/(?:practice\\.yaml|(?:${localePattern})\\.mdx)$`);
/** The one existing file a proposal may add to: the list of cities. */
export const appendableFile = 'taxonomy/cities.yaml';

const bundleFile = z
  .strictObject({
    path: z.string().check(z.maxLength(200)),
    content: z.string().check(z.maxLength(200_000)),
    append: z.optional(z.boolean()),
  })
  .check(
    z.refine((f) => (f.append ? f.path === appendableFile : practiceFile.test(f.path)), {
      message: 'a new practice file (practices/<slug>/practice.yaml or <lang>.mdx) or lines added to taxonomy/cities.yaml',
    }),
  );
const bundleSchema = z.strictObject({ files: z.array(bundleFile).check(z.minLength(1), z.maxLength(8)) });

export type BundleFile = z.infer<typeof bundleFile>;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The files as one text: the marker line, then the compressed JSON in base64url (no line breaks). */
export async function encodeBundle(files: readonly BundleFile[]): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ files }));
  return `${bundleMarker}\n${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

export type DecodedBundle = { ok: true; files: BundleFile[] } | { ok: false; reason: string };

/** Finds the bundle in a text (an issue body), and checks that it holds only what a proposal may. */
export async function decodeBundle(text: string): Promise<DecodedBundle> {
  const at = text.indexOf(bundleMarker);
  if (at === -1) return { ok: false, reason: `no line "${bundleMarker}" was found` };
  const data = /^[\s]*([A-Za-z0-9_-]+)/.exec(text.slice(at + bundleMarker.length))?.[1];
  if (!data) return { ok: false, reason: 'nothing follows the marker line' };
  let parsed: unknown;
  try {
    const bytes = await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'));
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: 'the text after the marker is incomplete or damaged (was it cut when copied?)' };
  }
  const result = bundleSchema.safeParse(parsed);
  if (!result.success) {
    const first = result.error.issues[0];
    return { ok: false, reason: `${first?.path.join('.') || 'bundle'}: ${first?.message ?? 'not a proposal'}` };
  }
  const paths = result.data.files.map((f) => f.path);
  if (new Set(paths).size !== paths.length) return { ok: false, reason: 'a file appears twice' };
  return { ok: true, files: result.data.files };
}

/** The prefilled "send a proposal" issue; undefined when GitHub would refuse its length. */
export function proposalIssueUrl(repoUrl: string, title: string, bundle: string): string | undefined {
  const params = new URLSearchParams({ template: 'send-proposal.yml', title, proposal: bundle });
  const url = `${repoUrl}/issues/new?${params}`;
  return url.length <= maxIssueUrlLength ? url : undefined;
}
