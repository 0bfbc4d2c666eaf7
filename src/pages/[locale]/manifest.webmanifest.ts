import type { APIRoute } from 'astro';
import { localePaths } from '../../lib/routes.ts';
import { t } from '../../lib/i18n.ts';
import { locales, type Locale } from '../../config/locales.ts';
import { urls } from '../../lib/urls.ts';

export const getStaticPaths = localePaths;

/**
 * One web app manifest per language (name, direction, start page). The start page carries `?app`,
 * which language-memory.js turns into the language the reader used last.
 */
export const GET: APIRoute = ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const _ = t(locale);
  const manifest = {
    name: _('site.name'),
    short_name: _('site.shortName'),
    description: _('site.description'),
    lang: locale,
    dir: locales[locale].dir,
    id: urls.home(locale),
    start_url: `${urls.home(locale)}?app`,
    scope: urls.chooser(),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5563',
    icons: [
      { src: urls.asset('icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: urls.asset('icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: urls.asset('icons/icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
