import { config } from 'zod/mini';

/**
 * Imported first by browser scripts that use zod: its fast path compiles code with `new Function`,
 * which the site's Content-Security-Policy forbids (and even its probe is reported as a violation).
 */
config({ jitless: true });
