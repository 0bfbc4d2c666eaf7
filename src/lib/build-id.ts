/**
 * One identifier per build, shared by the pages (search cache tag, offline version) and the
 * integrations that run after them. Set once in astro.config.mjs; BUILD_ID pins it (tests, reproducible builds).
 */
export function buildId(): string {
  process.env.MENA_BUILD_ID ??= process.env.BUILD_ID || Date.now().toString(36);
  return process.env.MENA_BUILD_ID;
}
