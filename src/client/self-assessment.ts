/**
 * The self-assessment page: keeps the answers on this device (localStorage), shows the profile and the
 * recommendations as the reader answers, exports and imports them as a file, and writes them into a link's
 * fragment for sharing. Nothing is sent anywhere: there is no request in this file.
 */
import {
  answersFromFragment,
  answersToFragment,
  exportData,
  groupResults,
  knownAnswers,
  parseImport,
  recommendations,
  shownFirst,
  type Answers,
  type AssessModel,
  type Recommendation,
} from '../lib/self-assessment.ts';
import type { AssessStrings } from '../lib/self-assessment-strings.ts';
import type { AssessTarget } from '../lib/self-assessment-view.ts';

interface Config {
  intl: string;
  storageKey: string;
  model: AssessModel;
  targets: Record<string, AssessTarget>;
  strings: AssessStrings;
}

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

export function startSelfAssessment(): void {
  const root = document.querySelector<HTMLElement>('[data-assess]');
  const configEl = document.getElementById('self-assessment-config');
  if (!root || !configEl) return;
  const { intl, storageKey, model, targets, strings: s } = JSON.parse(configEl.textContent ?? '{}') as Config;
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = q<HTMLFormElement>('[data-assess-form]');
  const result = q<HTMLElement>('[data-assess-result]');
  const output = q<HTMLElement>('[data-assess-output]');
  const status = q<HTMLElement>('[data-assess-status]');
  const share = q<HTMLInputElement>('[data-assess-share]');
  const and = new Intl.ListFormat(intl, { type: 'conjunction' });

  root.dataset.enhanced = '';
  q<HTMLElement>('[data-assess-actions]').hidden = false;
  result.hidden = false;
  // The hand-scoring instructions stay one click away once the page scores by itself.
  q<HTMLDetailsElement>('[data-assess-manual]').open = false;

  const load = (): Answers => {
    try {
      return knownAnswers(model, JSON.parse(localStorage.getItem(storageKey) ?? '{}').answers);
    } catch {
      return {};
    }
  };
  const save = () => {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ answers }));
    } catch {
      // Storage full or refused (a private window): the answers still work for this visit.
    }
  };

  // A shared link's answers replace the saved ones; the fragment is then dropped, so a reload shows
  // what is saved rather than the link's first state.
  let answers = answersFromFragment(model, location.hash);
  if (Object.keys(answers).length > 0) {
    save();
    history.replaceState(null, '', location.pathname + location.search);
  } else answers = load();

  const showAnswers = () => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type=radio]')) input.checked = answers[input.name] === input.value;
  };

  const reasons = (rec: Recommendation) =>
    rec.because.map((set) => fill(s.because, { answers: and.format(set.map((b) => fill(s.answerTo, { answer: b.answer, question: b.question.text }))) }));

  const list = (title: string, recs: Recommendation[], kind: string) => {
    const items = recs.filter((r) => r.kind === kind && targets[`${r.kind}:${r.ref}`]);
    if (items.length === 0) return [];
    const ul = el('ul', undefined, 'assess-recs');
    ul.dataset.assessList = kind;
    const more = el('ul', undefined, 'assess-recs');
    more.dataset.assessList = kind;
    for (const [i, rec] of items.entries()) {
      const target = targets[`${rec.kind}:${rec.ref}`]!;
      const li = el('li');
      const a = el('a', target.title);
      a.href = target.url;
      if (target.dir) {
        a.lang = target.lang;
        a.dir = target.dir;
      }
      li.append(a);
      for (const reason of reasons(rec)) li.append(el('p', reason, 'assess-because'));
      (i < shownFirst ? ul : more).append(li);
    }
    const block = el('div', undefined, 'assess-kind');
    block.append(el('h3', title), ul);
    if (more.children.length) {
      // The rest on request: the result stays short enough to read, and to print on one page.
      const details = el('details', undefined, 'assess-more');
      details.append(el('summary', fill(s.more, { count: more.children.length })), more);
      block.append(details);
    }
    return [block];
  };

  const render = () => {
    const count = Object.keys(answers).length;
    output.replaceChildren();
    root.toggleAttribute('data-has-result', count > 0);
    share.value = count > 0 ? `${location.origin}${location.pathname}#${answersToFragment(answers)}` : '';
    if (count === 0) {
      output.append(el('p', s.resultEmpty));
      return;
    }
    output.append(el('p', fill(s.answered, { count, total: model.questions.length }), 'assess-answered'));
    for (const g of groupResults(model, answers)) {
      const section = el('section', undefined, 'assess-profile');
      section.dataset.group = g.group.id;
      section.append(
        el('h3', g.group.title),
        el('p', fill(s.total, { points: g.points, max: g.max }), 'assess-total'),
        el('p', g.profile ? g.profile.text : fill(s.missing, { count: g.missing })),
      );
      output.append(section);
    }
    const recs = recommendations(model, answers);
    const parts = [...list(s.chaptersTitle, recs, 'chapter'), ...list(s.practicesTitle, recs, 'practice')];
    const kinds = el('div', undefined, 'assess-kinds');
    kinds.append(...parts);
    output.append(parts.length ? kinds : el('p', s.nothingYet));
  };

  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'radio') return;
    answers = { ...answers, [input.name]: input.value };
    save();
    render();
  });

  q('[data-assess-print]').addEventListener('click', () => window.print());

  q('[data-assess-export]').addEventListener('click', () => {
    const blob = new Blob([JSON.stringify(exportData(answers, new Date()), null, 2)], { type: 'application/json' });
    const a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'self-assessment.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });

  const fileInput = q<HTMLInputElement>('[data-assess-import]');
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const read = parseImport(model, await file.text());
    fileInput.value = '';
    if (!read.ok) {
      status.dataset.state = 'error';
      status.textContent = { notJson: s.importNotJson, notOurs: s.importNotOurs, empty: s.importEmpty }[read.reason];
      return;
    }
    answers = read.answers;
    save();
    showAnswers();
    render();
    status.dataset.state = 'ok';
    status.textContent = fill(s.imported, { file: file.name });
  });

  q('[data-assess-copy]').addEventListener('click', async () => {
    share.select();
    try {
      await navigator.clipboard.writeText(share.value);
      status.dataset.state = 'ok';
      status.textContent = s.copied;
    } catch {
      // No clipboard permission: the link stays selected for the reader to copy.
    }
  });

  q('[data-assess-clear]').addEventListener('click', () => {
    answers = {};
    try {
      localStorage.removeItem(storageKey);
    } catch {
      // Nothing stored.
    }
    showAnswers();
    render();
    status.dataset.state = 'ok';
    status.textContent = s.cleared;
  });

  showAnswers();
  render();
}
