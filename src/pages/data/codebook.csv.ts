import type { APIRoute } from 'astro';
import { codebookCsv } from '../../build/open-data-codebook.ts';

/** /data/codebook.csv: every column of practices.csv, its type, allowed values and meaning in three languages. */
export const GET: APIRoute = () => new Response(codebookCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
