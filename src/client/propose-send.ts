/**
 * The proposal form's "send" step: the files as one prefilled GitHub issue (src/lib/proposal-bundle.ts;
 * a workflow turns it into a pull request) when the link stays under GitHub's length limit, and always
 * as one .zip archive laid out like the repository (content/...), with the new city's lines added to
 * the copy of taxonomy/cities.yaml the site was built with.
 */
import { encodeBundle, proposalIssueUrl } from '../lib/proposal-bundle.ts';
import { fill } from '../lib/scaffold/write.ts';
import type { ScaffoldFile } from '../lib/scaffold/types.ts';
import type { ProposeConfig } from '../lib/propose-view.ts';

let generation = 0;
let archiveUrl = '';

/** Prepares both ways of sending for these files; a later call (changed answers) wins over an earlier one. */
export async function sendProposal(files: readonly ScaffoldFile[], title: string, config: ProposeConfig): Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-send]');
  if (!section) return;
  const mine = ++generation;
  const status = section.querySelector<HTMLElement>('[data-send-status]');
  try {
    const slug = files[0]?.path.split('/')[1] ?? 'proposal';
    const issueLink = section.querySelector<HTMLAnchorElement>('[data-send-issue-link]');
    let issueUrl: string | undefined;
    if (config.repo && issueLink) {
      const bundle = await encodeBundle(files.map((f) => ({ path: f.path, content: f.content, ...(f.append ? { append: true } : {}) })));
      issueUrl = proposalIssueUrl(config.repo.url, fill(config.strings.issueTitle, { title: title.trim() }), bundle);
    }
    const withBase = (f: ScaffoldFile) => (f.append ? `${config.citiesYaml}${config.citiesYaml.endsWith('\n') ? '' : '\n'}${f.content}` : f.content);
    // Loaded on first use: the form's first paint does not wait for the archive code (budgets.proposeJs).
    const { downloadZip } = await import('client-zip');
    const zip = await downloadZip(files.map((f) => ({ name: `content/${f.path}`, input: withBase(f), lastModified: new Date() }))).blob();
    if (mine !== generation) return;
    if (issueLink) {
      section.querySelector<HTMLElement>('[data-send-issue]')!.hidden = !issueUrl;
      section.querySelector<HTMLElement>('[data-send-too-long]')!.hidden = Boolean(issueUrl);
      if (issueUrl) issueLink.href = issueUrl;
    }
    if (archiveUrl) URL.revokeObjectURL(archiveUrl);
    archiveUrl = URL.createObjectURL(zip);
    const archive = section.querySelector<HTMLAnchorElement>('[data-send-archive]')!;
    archive.href = archiveUrl;
    archive.download = `proposal-${slug}.zip`;
    if (status) status.textContent = '';
    section.hidden = false;
  } catch (error) {
    // Shown, not swallowed: without compression streams (an old browser) the files below can still be downloaded one by one.
    if (mine !== generation) return;
    section.hidden = false;
    for (const el of section.querySelectorAll<HTMLElement>('[data-send-issue], [data-send-too-long], [data-send-archive-part]')) el.hidden = true;
    if (status) status.textContent = fill(config.strings.sendFailed, { error: (error as Error).message });
  }
}
