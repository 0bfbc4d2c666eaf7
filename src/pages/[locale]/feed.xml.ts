import type { APIRoute, InferGetStaticPropsType } from 'astro';
import rss from '@astrojs/rss';
import { siteContent } from '../../lib/content.ts';
import { feedOptions } from '../../lib/feed.ts';
import { localePaths } from '../../lib/routes.ts';

/** /{l}/feed.xml: new and updated practices in one language (see src/lib/feed.ts). */
export const getStaticPaths = localePaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => rss(feedOptions(await siteContent(), props.locale, site));
