/**
 * Where the content lives for contributors: the Git repository's web address and branch, read from
 * `REPOSITORY_URL` and `REPOSITORY_BRANCH` (e.g. https://github.com/<owner>/<repo>, main). Unset, the
 * site shows no edit or pull-request links rather than pointing at a guessed address.
 */
export interface Repository {
  url: string;
  branch: string;
}

export function repository(env: Record<string, string | undefined> = process.env): Repository | undefined {
  const url = env.REPOSITORY_URL?.replace(/\/+$/, '');
  if (!url || !/^https:\/\/[^/]+\/[^/]+\/[^/]+$/.test(url)) return undefined;
  return { url, branch: env.REPOSITORY_BRANCH || 'main' };
}

/** A file's page on the repository host (GitHub URL scheme), for "Edit this page". */
export function editUrl(repo: Repository, contentPath: string): string {
  return `${repo.url}/edit/${repo.branch}/content/${contentPath}`;
}

/** A new file prefilled with a template, for "Translate this page" and the translation status. */
export function newFileUrl(repo: Repository, contentPath: string, value: string): string {
  const params = new URLSearchParams({ filename: `content/${contentPath}`, value });
  return `${repo.url}/new/${repo.branch}?${params}`;
}

/** The repository's page for uploading files into a new branch and pull request (the proposal archive). */
export const uploadUrl = (repo: Repository): string => `${repo.url}/upload/${repo.branch}`;

/**
 * Where proposals go when there is no repository (or for those without a GitHub account): the e-mail
 * address in `CONTACT_EMAIL`. Unset or malformed, none is shown (an address is never guessed).
 */
export function contactAddress(env: Record<string, string | undefined> = process.env): string | undefined {
  const address = env.CONTACT_EMAIL?.trim();
  return address && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(address) ? address : undefined;
}
