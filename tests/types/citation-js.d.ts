// citation-js ships no types; the tests use only its parser (`new Cite(text).data`) and the plugins' side effects.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string | object);
    data: unknown[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
