import type { APIRoute } from 'astro';
import { codebook } from '../../build/open-data-codebook.ts';

/** /data/codebook.json: the same codebook as codebook.csv, as JSON. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify({ fields: codebook() }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
