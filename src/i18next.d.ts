/**
 * Typed interface-string keys: `t(locale)('practice.goal')` type-checks only if the key exists in the
 * English strings, so a misspelt key fails `astro check` (and `npm run check`).
 */
import type { Resources } from './i18n/resources.ts';
import type { defaultNamespace } from './i18n/namespaces.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    // Keys keep their one-file shape: `check.value.missing` is key `value.missing` of namespace `check`.
    nsSeparator: '.';
    resources: Resources;
    returnNull: false;
  }
}
