/**
 * Where the site is served: `SITE_URL` (origin, used for canonical URLs, hreflang, the sitemap) and
 * `BASE_PATH` (a subfolder such as `/mena-hub/` for a GitHub Pages project site). Read in one place.
 */
export function siteConfig(env: Record<string, string | undefined>): { site: string; base: string } {
  const site = (env.SITE_URL || 'http://localhost:4321').replace(/\/+$/, '');
  const trimmed = (env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '');
  return { site, base: trimmed ? `/${trimmed}/` : '/' };
}
