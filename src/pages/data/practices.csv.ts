import type { APIRoute } from 'astro';
import { siteContent } from '../../lib/content.ts';
import { practicesCsv } from '../../build/open-data.ts';

/** /data/practices.csv: one row per practice, one column per language for texts, UTF-8 with BOM. */
export const GET: APIRoute = async ({ site }) =>
  new Response(practicesCsv(await siteContent(), site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
