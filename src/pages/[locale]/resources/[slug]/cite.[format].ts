import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { localeCodes } from '../../../../config/locales.ts';
import { siteContent } from '../../../../lib/content.ts';
import { withCitationFormats } from '../../../../lib/routes.ts';
import { builtOn } from '../../../../lib/citation/built-on.ts';
import { citableResources, resourceCitation } from '../../../../lib/citation/records.ts';
import { citationResponse } from '../../../../lib/citation/response.ts';

/** /{l}/resources/{slug}/cite.json|bib|ris: an external document listed on /{l}/resources/, cited as itself. */
export async function getStaticPaths() {
  const site = await siteContent();
  return withCitationFormats(
    localeCodes.flatMap((locale) => citableResources(site).map(([slug, resource]) => ({ params: { locale, slug }, props: { locale, slug, resource } }))),
  );
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => citationResponse(resourceCitation(props.slug, props.resource, props.locale, builtOn()), props.format);
