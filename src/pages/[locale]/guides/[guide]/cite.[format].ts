import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { siteContent } from '../../../../lib/content.ts';
import { localeItemPaths, withCitationFormats } from '../../../../lib/routes.ts';
import { builtOn } from '../../../../lib/citation/built-on.ts';
import { guideCitation } from '../../../../lib/citation/records.ts';
import { citationResponse } from '../../../../lib/citation/response.ts';

/** /{l}/guides/{guide}/cite.json|bib|ris: the guide's citation as CSL-JSON, BibTeX and RIS. */
export async function getStaticPaths() {
  const site = await siteContent();
  return withCitationFormats(localeItemPaths(site.guides, 'guide', (g) => g.slug));
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => citationResponse(guideCitation(props.item, props.locale, site, builtOn()), props.format);
