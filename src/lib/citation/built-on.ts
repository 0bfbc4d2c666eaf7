/**
 * The day this copy of the site is built (YYYY-MM-DD, UTC): the "accessed" date of every citation, said so
 * next to the reference. Fixed once per build, like the build id, so pages and downloads agree;
 * BUILT_ON pins it (tests, reproducible builds).
 */
export function builtOn(): string {
  const pinned = process.env.BUILT_ON;
  process.env.MENA_BUILT_ON ??= pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? pinned : new Date().toISOString().slice(0, 10);
  return process.env.MENA_BUILT_ON;
}
