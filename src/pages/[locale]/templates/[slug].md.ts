import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { siteContent } from '../../../lib/content.ts';
import { localeItemPaths } from '../../../lib/routes.ts';
import { templateDocument } from '../../../lib/templates/view.ts';
import { templateMarkdown } from '../../../lib/templates/markdown.ts';

/** `/{l}/templates/{slug}.md`: the template as Markdown, made at build time from the tree its page renders. */
export async function getStaticPaths() {
  return localeItemPaths((await siteContent()).templates, 'slug', (tpl) => tpl.slug);
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { doc } = templateDocument(props.item, props.locale, site);
  return new Response(templateMarkdown(doc), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
