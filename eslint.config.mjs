// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** `npm run lint`: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro over code, .astro files and tests. */
export default defineConfig(
  globalIgnores(['dist/', 'dist-*/', '.astro/', 'tests/.output/', 'content/', 'tests/fixtures/*/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  // Build code, CLIs, tests and configs run in Node.
  { languageOptions: { globals: globals.node } },
  // Browser code: the client modules and the one script served as written.
  { files: ['src/client/**', 'public/**/*.js'], languageOptions: { globals: globals.browser } },
  {
    rules: {
      // `const { path: _path, ...rest } = issue` drops a key on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
