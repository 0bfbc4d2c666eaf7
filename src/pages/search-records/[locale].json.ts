import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { localePaths } from '../../lib/routes.ts';
import { siteContent } from '../../lib/content.ts';
import { searchRecords } from '../../lib/search/records.ts';
import { foldRecord } from '../../lib/search/index-document.ts';
import { bodyText } from '../../build/search/body-text.ts';

/**
 * The search records of one language, computed once from the collections while the build has them
 * loaded, with the folded forms Pagefind matches. Not a page of the site: scripts/finish-build.ts hands them to Pagefind and then deletes them
 * (src/build/search/build-index.ts), so they are never published.
 */
export const getStaticPaths = localePaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const records = searchRecords(await siteContent(), props.locale, bodyText).map(foldRecord);
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json' } });
};
