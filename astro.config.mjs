// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/lib/site-config.ts';
import { contentStoreFromFile } from './src/integrations/content-store-from-file.ts';
import { mdxSafetyPlugin } from './src/integrations/mdx-safety.ts';
import { mdxSanitizePlugin } from './src/integrations/mdx-sanitize.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { contentLayoutGuard } from './src/integrations/content-layout-guard.ts';
import { buildId } from './src/lib/build-id.ts';
import { localeCodes, locales, defaultLocale } from './src/config/locales.ts';

const { site, base } = siteConfig(process.env);
buildId(); // fixed once for the whole build; pages write it to /offline/version.txt for scripts/finish-build.ts
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
  // Highlighted code carries inline styles, which the site's Content-Security-Policy refuses.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // Astro inlines a small script that imports nothing; a strict Content-Security-Policy refuses inline
      // scripts, so scripts always stay files (other assets: Vite's default).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Astro marks each MDX module with the directive "use astro:head-inject", which the bundler warns it
        // may drop; Astro reads it before bundling, so the warning (one per guide chapter) says nothing.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  build: {
    format: 'directory',
    // External stylesheets only: a strict Content-Security-Policy forbids inline <style>.
    inlineStylesheets: 'never',
  },
  integrations: [
    // Contributor MDX: Markdown and the allowed components only, or the build stops (src/lib/mdx-safety.ts).
    // Astro's MDX runs on Sätteri, which takes mdast plugins; `remarkPlugins` would need @astrojs/markdown-remark.
    // Then what is rendered is sanitised (src/lib/sanitize.ts), the same rules as for practice texts.
    mdx({ processor: satteri({ mdastPlugins: [mdxSafetyPlugin()], hastPlugins: [mdxSanitizePlugin()] }) }),
    // The pages read the content store from its file rather than from the bundle (docs/performance.md).
    contentStoreFromFile(),
    // A file the collections would skip (an unknown language, a text without its facts) stops the build.
    contentLayoutGuard(),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(localeCodes.map((l) => [l, locales[l].code])),
      },
    }),
    // dist/_headers: the Content-Security-Policy of src/lib/csp.ts for hosts that read it (Netlify, Cloudflare).
    securityHeaders(),
  ],
});
