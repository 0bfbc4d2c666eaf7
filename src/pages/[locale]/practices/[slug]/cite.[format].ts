import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { siteContent } from '../../../../lib/content.ts';
import { localeItemPaths, withCitationFormats } from '../../../../lib/routes.ts';
import { builtOn } from '../../../../lib/citation/built-on.ts';
import { practiceCitation } from '../../../../lib/citation/records.ts';
import { citationResponse } from '../../../../lib/citation/response.ts';

/** /{l}/practices/{slug}/cite.json|bib|ris: the practice page's citation as CSL-JSON, BibTeX and RIS. */
export async function getStaticPaths() {
  const site = await siteContent();
  return withCitationFormats(localeItemPaths(site.practices, 'slug', (p) => p.slug));
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => citationResponse(practiceCitation(props.item, props.locale, site, builtOn()), props.format);
