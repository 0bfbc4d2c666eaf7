/** Every language's interface strings, by namespace (see ./namespaces.ts). */
import enReader from './en/reader.json' with { type: 'json' };
import enContribute from './en/contribute.json' with { type: 'json' };
import enPropose from './en/propose.json' with { type: 'json' };
import enCheck from './en/check.json' with { type: 'json' };
import enScaffold from './en/scaffold.json' with { type: 'json' };
import arReader from './ar/reader.json' with { type: 'json' };
import arContribute from './ar/contribute.json' with { type: 'json' };
import arPropose from './ar/propose.json' with { type: 'json' };
import arCheck from './ar/check.json' with { type: 'json' };
import arScaffold from './ar/scaffold.json' with { type: 'json' };
import frReader from './fr/reader.json' with { type: 'json' };
import frContribute from './fr/contribute.json' with { type: 'json' };
import frPropose from './fr/propose.json' with { type: 'json' };
import frCheck from './fr/check.json' with { type: 'json' };
import frScaffold from './fr/scaffold.json' with { type: 'json' };
import type { Locale } from '../config/locales.ts';
import type { Namespace } from './namespaces.ts';

export const resources = {
  en: { reader: enReader, contribute: enContribute, propose: enPropose, check: enCheck, scaffold: enScaffold },
  ar: { reader: arReader, contribute: arContribute, propose: arPropose, check: arCheck, scaffold: arScaffold },
  fr: { reader: frReader, contribute: frContribute, propose: frPropose, check: frCheck, scaffold: frScaffold },
} satisfies Record<Locale, Record<Namespace, object>>;

/** The English strings give the keys their types (src/i18next.d.ts). */
export type Resources = (typeof resources)['en'];
