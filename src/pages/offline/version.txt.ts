import type { APIRoute } from 'astro';
import { buildId } from '../../lib/build-id.ts';

/**
 * /offline/version.txt: this build's identifier. The service worker precaches it, so every build yields
 * a new worker (and the reader's update notice); `scripts/finish-build.ts`, which runs after Astro in a
 * process of its own, reads it to stamp the offline lists and Pagefind's cache tag with the same version.
 */
export const GET: APIRoute = () => new Response(buildId(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
