import { citationFile } from './files.ts';
import type { CitationFormat, CitationRecord } from './record.ts';

/** The response of a citation endpoint: the file, with its media type (hosts that read it send it). */
export function citationResponse(record: CitationRecord, format: CitationFormat): Response {
  const { body, type } = citationFile(record, format);
  return new Response(body, { headers: { 'Content-Type': type } });
}
