import { toBibtex } from './bibtex.ts';
import { toCslJson } from './csl.ts';
import type { CitationFormat, CitationRecord } from './record.ts';
import { toRis } from './ris.ts';

/** The body and media type of one download, for the build's endpoints. */
export function citationFile(r: CitationRecord, format: CitationFormat): { body: string; type: string } {
  switch (format) {
    case 'json':
      return { body: toCslJson(r), type: 'application/vnd.citationstyles.csl+json; charset=utf-8' };
    case 'bib':
      return { body: toBibtex(r), type: 'application/x-bibtex; charset=utf-8' };
    case 'ris':
      return { body: toRis(r), type: 'application/x-research-info-systems; charset=utf-8' };
  }
}

/** The download links' labels are the formats' own names, the same in every language. */
export const formatNames: Record<CitationFormat, string> = { json: 'CSL-JSON', bib: 'BibTeX', ris: 'RIS' };
