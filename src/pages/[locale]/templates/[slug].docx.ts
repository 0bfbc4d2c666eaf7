import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { siteContent } from '../../../lib/content.ts';
import { localeItemPaths } from '../../../lib/routes.ts';
import { templateDocument } from '../../../lib/templates/view.ts';
import { templateDocx } from '../../../build/templates/docx.ts';

/** `/{l}/templates/{slug}.docx`: the template as a Word document, made at build time from the tree its page renders. */
export async function getStaticPaths() {
  return localeItemPaths((await siteContent()).templates, 'slug', (tpl) => tpl.slug);
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { doc, lang } = templateDocument(props.item, props.locale, site);
  const bytes = await templateDocx(doc, lang);
  return new Response(bytes, { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
