/**
 * Page-weight budgets, gzipped at level 9, 1 kB = 1,000 bytes: held on the real build by
 * tests/build/budgets.test.ts and on synthetic pages by tests/e2e/bench-smoke.test.ts.
 */
export const budgets = {
  /**
   * HTML of one practice page. 10 kB until issue 15 added "Cite this", share links, "Add to comparison" and
   * the brief's link (about 500 bytes); the largest real page, the Iraq record with 13 sources in Arabic, is 10.0 kB, the bench's synthetic ones up to 10.1 kB.
   */
  practiceHtml: 10_500,
  /** All stylesheets one page loads. */
  css: 8_000,
  /**
   * All the scripts a reading page loads (every page but the interactive ones below): the language
   * memory and the service-worker registration on every page, the "save for offline reading" panel on
   * the home and guide pages. They are progressive enhancement, not needed to read: the pages read the
   * same with JavaScript off (checked below: nothing blocks rendering, the text is in the HTML). They are
   * paid for on every view all the same, so they are capped.
   */
  // 5 kB until issue 15's "Share…" button (0.3 kB, only on pages with share links): the guide pages, which
  // also carry the offline panel, load 5.1 kB.
  readingPageJs: 5_200,
  /** Scripts of an interactive page (search, filters, forms), without Pagefind's own. */
  interactiveJs: 10_000,
  /** The search page's own scripts, without Pagefind's (which it loads on demand). */
  searchJs: 10_000,
  /**
   * All the scripts the proposal form's page loads: the form checks and writes the files in the browser
   * with the site's own schemas (zod/mini) and scaffolder, its words come in the page's JSON island.
   */
  proposeJs: 25_000,
  /** All the scripts of the compare page (it fetches the rows of the practices it shows, not their pages). */
  compareJs: 15_000,
  /** The self-assessment's own scripts: scoring, matching, export, import and share, with no library. */
  selfAssessmentJs: 15_000,
  /** Each Arabic font file (one per weight). */
  arabicFont: 60_000,
};
