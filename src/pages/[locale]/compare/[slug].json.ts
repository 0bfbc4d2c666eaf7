import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { siteContent } from '../../../lib/content.ts';
import { localeItemPaths } from '../../../lib/routes.ts';
import { comparePractice } from '../../../lib/compare-view.ts';

/**
 * /{locale}/compare/{slug}.json: one practice's compare rows in one language. One small file per practice,
 * so the compare page fetches only the two or three it shows, however many practices the site has.
 */
export async function getStaticPaths() {
  const site = await siteContent();
  return localeItemPaths(site.practices, 'slug', (p) => p.slug);
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(JSON.stringify(comparePractice(await siteContent(), props.item, props.locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
