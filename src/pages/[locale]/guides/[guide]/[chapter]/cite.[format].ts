import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { localeCodes } from '../../../../../config/locales.ts';
import { siteContent } from '../../../../../lib/content.ts';
import { withCitationFormats } from '../../../../../lib/routes.ts';
import { builtOn } from '../../../../../lib/citation/built-on.ts';
import { chapterCitation } from '../../../../../lib/citation/records.ts';
import { citationResponse } from '../../../../../lib/citation/response.ts';

/** /{l}/guides/{guide}/{chapter}/cite.json|bib|ris: a chapter cited as part of its guide. */
export async function getStaticPaths() {
  const site = await siteContent();
  return withCitationFormats(
    localeCodes.flatMap((locale) =>
      site.guides.flatMap((guide) =>
        guide.chapters.map((chapter) => ({ params: { locale, guide: guide.slug, chapter: chapter.slug }, props: { locale, guide, chapter } })),
      ),
    ),
  );
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) =>
  citationResponse(chapterCitation(props.guide, props.chapter, props.locale, site, builtOn()), props.format);
