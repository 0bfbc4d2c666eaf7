// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/lib/site-config.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { localeCodes, locales, defaultLocale } from './src/lib/locales.ts';

const { site, base } = siteConfig(process.env);
// Astro caches the content layer per cache folder: give another CONTENT_DIR its own cache so two
// content folders (the real one, a test fixture) never mix entries; ASTRO_CACHE_DIR keeps parallel
// builds apart.
const contentKey = process.env.CONTENT_DIR ? createHash('sha1').update(resolve(process.env.CONTENT_DIR)).digest('hex').slice(0, 10) : '';
const cacheBase = process.env.ASTRO_CACHE_DIR;
const cacheDir = cacheBase || contentKey ? `${cacheBase ?? './node_modules/.astro'}${contentKey ? `-${contentKey}` : ''}` : undefined;

export default defineConfig({
  site,
  base,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets only: a strict Content-Security-Policy forbids inline <style>.
    inlineStylesheets: 'never',
  },
  integrations: [
    mdx(),
    searchIndex(),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(localeCodes.map((l) => [l, locales[l].code])),
      },
    }),
  ],
});
