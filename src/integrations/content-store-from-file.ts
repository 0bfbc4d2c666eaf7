import type { AstroIntegration } from 'astro';

/** Astro's virtual module holding the content data store, as its Vite plugin resolves it. */
const STORE_MODULE = '\0astro:data-layer-content';

/**
 * In the build, Astro bundles the content data store (every entry of every collection) into the server
 * code as one module, `export default JSON.parse("...")`, with the whole store in a string literal. V8's
 * time to compile it grows faster than the store: at 10,000 practices (a 358 MB store) it took three
 * minutes, and the literal stayed in memory while the pages were written (docs/performance.md). In the
 * build only, this replaces that module with one that reads the same file, `data-store.json` in Astro's
 * cache folder, when the pages are rendered. The store and every page stay exactly as they were.
 *
 * It relies on the name and shape of an Astro module, so it says whether it applied: the build tests
 * expect the line, and a build where it found nothing to replace (Astro changed) prints a warning.
 */
export function contentStoreFromFile(): AstroIntegration {
  let replaced = false;
  return {
    name: 'mena-hub:content-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = new URL('data-store.json', config.cacheDir).href;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mena-hub:content-store-from-file',
                enforce: 'post',
                transform(code: string, id: string) {
                  if (id !== STORE_MODULE || !code.startsWith('export default JSON.parse(')) return undefined;
                  replaced = true;
                  // Astro turns a store module that fails to load into an empty store, which would build a
                  // site without content; a missing file stops the build instead, saying why.
                  return {
                    code: [
                      `import { existsSync, readFileSync } from 'node:fs';`,
                      `const file = new URL(${JSON.stringify(file)});`,
                      `if (!existsSync(file)) {`,
                      `  console.error('mena-hub:content-store-from-file: the content store ' + file.pathname + ' is missing; the pages cannot be built without it.');`,
                      `  process.exit(1);`,
                      `}`,
                      `export default JSON.parse(readFileSync(file, 'utf8'));`,
                    ].join('\n'),
                    map: { mappings: '' },
                  };
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (replaced) logger.info('content store read from its file when rendering, not bundled');
        else logger.warn("content store: Astro's store module was not found, so the whole store was bundled (slower, more memory: docs/performance.md)");
      },
    },
  };
}
