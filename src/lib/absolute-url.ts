/**
 * Absolute addresses for what leaves the site (feeds, open data, JSON-LD): a path from urls.ts (which
 * already carries BASE_PATH) resolved against the site's origin (`Astro.site`, from SITE_URL).
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'http://localhost:4321').href;
}
