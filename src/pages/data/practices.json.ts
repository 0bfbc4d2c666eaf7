import type { APIRoute } from 'astro';
import { siteContent } from '../../lib/content.ts';
import { practicesJson } from '../../build/open-data.ts';

/** /data/practices.json: every practice, all fields, texts as { en, ar, fr } (see src/build/open-data.ts). */
export const GET: APIRoute = async ({ site }) =>
  new Response(practicesJson(await siteContent(), site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
