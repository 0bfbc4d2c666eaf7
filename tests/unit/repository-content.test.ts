import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { activitySchema, practiceSchema, type Source } from '../../src/schemas/index.ts';
import { localeCodes } from '../../src/config/locales.ts';
import { realContent } from '../support/paths.ts';

/**
 * The repository as a reader relies on it: enough practices, each complete in the three languages with a
 * dated status, review level, graded evidence, transferability and risks; the hub's activities; and every
 * source that is a web page with an address that works as one and the day it was consulted.
 */
const entries = (kind: 'practices' | 'activities', file: string) =>
  readdirSync(join(realContent, kind)).map((slug) => ({
    slug,
    dir: join(realContent, kind, slug),
    raw: parse(readFileSync(join(realContent, kind, slug, file), 'utf8')) as unknown,
  }));
const practices = entries('practices', 'practice.yaml').map((e) => ({ ...e, data: practiceSchema.parse(e.raw) }));
const activities = entries('activities', 'activity.yaml').map((e) => ({ ...e, data: activitySchema.parse(e.raw) }));

/** A described web source: a well-formed https address on a real host, and the day it was read. */
function webSourceProblems(where: string, sources: readonly Source[]): string[] {
  return sources.flatMap((s, i) => {
    if ('resource' in s || !s.url) return [];
    const at = `${where} sources[${i}]`;
    const problems: string[] = [];
    let url: URL | undefined;
    try {
      url = new URL(s.url);
    } catch {
      problems.push(`${at}: not a URL: ${s.url}`);
    }
    if (url && url.protocol !== 'https:' && url.protocol !== 'http:') problems.push(`${at}: not a web address: ${s.url}`);
    if (url && (!url.hostname.includes('.') || /(^|\.)example\.(org|com|net)$/.test(url.hostname))) problems.push(`${at}: not a real host: ${s.url}`);
    if (!s.consulted) problems.push(`${at}: no consulted date`);
    else if (s.consulted > new Date().toISOString().slice(0, 10)) problems.push(`${at}: consulted in the future: ${s.consulted}`);
    return problems;
  });
}

describe('the repository (content/)', () => {
  it('holds at least 15 practices, each with a text in English, Arabic and French', () => {
    expect(practices.length).toBeGreaterThanOrEqual(15);
    expect(practices.filter((p) => localeCodes.some((l) => !existsSync(join(p.dir, `${l}.mdx`)))).map((p) => p.slug)).toEqual([]);
  });

  it('gives every practice a status with the date it was reported, a review level and date, and at least one source', () => {
    for (const p of practices) {
      expect(p.data.status.as_of, p.slug).toMatch(/^20\d\d(-\d\d)?$/);
      expect(p.data.review.level, p.slug).toBeDefined();
      expect(p.data.sources.length, p.slug).toBeGreaterThan(0);
      // A status is never dated after the record was compiled.
      expect(p.data.status.as_of <= p.data.review.date, p.slug).toBe(true);
    }
  });

  it('covers the seven countries of the hub', () => {
    expect(new Set(practices.flatMap((p) => p.data.countries))).toEqual(new Set(['eg', 'iq', 'jo', 'lb', 'ly', 'ma', 'tn']));
  });

  it('holds at least three of the hub’s activities, each with a source', () => {
    expect(activities.length).toBeGreaterThanOrEqual(3);
    expect(activities.filter((a) => a.data.sources.length === 0).map((a) => a.slug)).toEqual([]);
  });

  it('every web source has a well-formed address and the date it was consulted', () => {
    const problems = [
      ...practices.flatMap((p) => webSourceProblems(`practices/${p.slug}`, p.data.sources)),
      ...activities.flatMap((a) => webSourceProblems(`activities/${a.slug}`, a.data.sources)),
    ];
    expect(problems).toEqual([]);
    const web = [...practices, ...activities].flatMap((e) => e.data.sources).filter((s) => !('resource' in s) && s.url);
    expect(web.length).toBeGreaterThanOrEqual(15);
  });
});
