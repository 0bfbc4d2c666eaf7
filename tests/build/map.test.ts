import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fileFor, page } from '../support/built-site.ts';
import { dist, fixtureBase, fixtureContent, fixtureDist, realContent } from '../support/paths.ts';
import { localeCodes } from '../../src/config/locales.ts';
import { t } from '../../src/lib/i18n.ts';

const builds = [
  { name: 'real site', dist, base: '/', content: realContent },
  { name: 'fixture under a base path', dist: fixtureDist, base: fixtureBase, content: fixtureContent },
];

/** The map's SVG budget per page (bytes of markup). */
const SVG_BUDGET = 25_000;

/** Western Sahara's name as a map might print it, in the three languages and as the atlas spells it. */
const westernSahara = /western sahara|w\. sahara|sahara occidental|الصحراء الغربية/i;

for (const b of builds) {
  describe(`region map: ${b.name}`, () => {
    // The cities the map must show, from the taxonomy file rather than named here.
    const cities = Object.keys(parse(readFileSync(join(b.content, 'taxonomy/cities.yaml'), 'utf8')) as object).sort();
    const countries = Object.keys(parse(readFileSync(join(b.content, 'taxonomy/countries.yaml'), 'utf8')) as object).sort();

    for (const locale of localeCodes) {
      for (const path of [`/${locale}/`, `/${locale}/countries/`]) {
        it(`${path}: one map, a link per city to its page, and the same cities in the list beside it`, () => {
          const $ = page(b.dist, path);
          const figure = $('figure.region-map');
          expect(figure).toHaveLength(1);
          const svg = figure.find('svg');
          expect(svg).toHaveLength(1);
          expect(svg.attr('dir')).toBe('ltr');
          const titleId = svg.attr('aria-labelledby');
          expect(titleId).toBeTruthy();
          expect(svg.find(`title[id="${titleId}"]`).text().trim()).not.toBe('');
          expect(Buffer.byteLength($.html(svg))).toBeLessThan(SVG_BUDGET);

          const hrefs = (selector: string) =>
            figure
              .find(selector)
              .map((_, el) => $(el).attr('href')!)
              .get();
          const cityHref = (slug: string) => `${b.base}${locale}/cities/${slug}/`;
          const markers = hrefs('svg a.marker');
          expect([...markers].sort()).toEqual(cities.map(cityHref).sort());
          for (const href of markers) expect(fileFor(b.dist, `/${href.slice(b.base.length)}`), href).toBeTruthy();
          // Each marker names its city (and its count) for pointer and screen-reader users.
          figure.find('svg a.marker').each((_, el) => expect($(el).children('title').text().trim(), $(el).attr('href')).not.toBe(''));

          const listed = hrefs('figcaption li a');
          expect([...listed].sort()).toEqual([...markers].sort());

          const countryLinks = hrefs('svg a.country');
          for (const href of countryLinks) {
            expect(href).toMatch(new RegExp(`^${b.base}${locale}/countries/(${countries.join('|')})/$`));
            expect(fileFor(b.dist, `/${href.slice(b.base.length)}`), href).toBeTruthy();
          }
          // Country names are drawn in the page's language.
          expect(figure.find('svg .labels text')).toHaveLength(countryLinks.length);
        });

        it(`${path}: Western Sahara without a fill, link or label of its own, a dashed boundary, and the note under the map`, () => {
          const $ = page(b.dist, path);
          const figure = $('figure.region-map');
          const svg = figure.find('svg');
          // Nothing in the drawing names Western Sahara, and no link leads to it as a country.
          expect(svg.text()).not.toMatch(westernSahara);
          expect(svg.find('a[href*="/countries/eh/"]')).toHaveLength(0);
          // Its land is drawn in the class of the land around it, outside any link, with no title.
          const cut = svg.find('path.land.cut');
          expect(cut).toHaveLength(1);
          expect(cut.closest('a')).toHaveLength(0);
          expect(cut.find('title')).toHaveLength(0);
          // The boundary at 27°40′N: one straight horizontal stretch, drawn apart so that it can be dashed.
          const line = svg.find('path.undetermined');
          expect(line).toHaveLength(1);
          expect(line.attr('d')).toMatch(/^M[\d.]+,[\d.]+l[\d.]+,0$/);
          expect(line.attr('aria-hidden')).toBe('true');

          // The note, in the page's language, is the last thing in the figure, under the drawing.
          const note = figure.find('.map-note');
          expect(note).toHaveLength(1);
          expect(note.text().trim()).toBe(t(locale)('map.disclaimer'));
          expect(
            figure
              .children()
              .map((_, el) => $(el).prop('tagName')!.toLowerCase())
              .get(),
          ).toEqual(['svg', 'figcaption']);
          expect(note.is(figure.children('figcaption').children().last())).toBe(true);
        });
      }
    }
  });
}
