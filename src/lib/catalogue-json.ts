import { localeCodes, type Locale } from '../i18n/locales.ts';
import { browserMayClose } from './comparison.ts';
import { classOf, rangeClasses, spans } from './ranges.ts';
import type { CodeData } from './schema.ts';
import type { Catalogue } from './catalogue.ts';
import { codeUrl, guideUrl, rangeUrl } from './urls.ts';
import type { GuideSummary } from './search-index.ts';

/**
 * The machine-readable catalogue: /api/codes.json and /api/ranges.json. Field names are part of
 * the public contract, like the URLs: add fields, never rename or remove one.
 */

const urlsIn = (site: URL, path: (l: Locale) => string) => Object.fromEntries(localeCodes.map((l) => [l, new URL(path(l), site).href]));

export function codesJson(entries: readonly CodeData[], site: URL) {
  return {
    codes: entries.map((e) => ({
      code: e.code,
      name: e.name,
      ianaName: e.ianaName,
      summary: e.summary,
      sender: e.sender,
      onTheWire: e.onTheWire,
      browserMayClose: browserMayClose(e.code),
      reconnect: e.reconnect,
      rangeClass: classOf(e.code),
      specs: e.specs,
      identifiers: e.identifiers,
      related: e.related,
      urls: urlsIn(site, (l) => codeUrl(l, e.code)),
    })),
  };
}

/**
 * Every span of 0–65535, 1000–1015 included (its codes have pages of their own, so its `urls` is
 * null): the ranges together account for all 65,536 numbers.
 */
export function rangesJson(entries: readonly CodeData[], site: URL, protocolNumbers: readonly number[] = []) {
  return {
    classes: rangeClasses,
    ranges: spans.map((s) => ({
      id: s.id,
      from: s.from,
      to: s.to,
      rangeClass: s.cls,
      registered: entries.filter((e) => e.code >= s.from && e.code <= s.to).map((e) => e.code),
      protocolNumbers: protocolNumbers.filter((n) => n >= s.from && n <= s.to),
      urls: s.page ? urlsIn(site, (l) => rangeUrl(l, s)) : null,
    })),
  };
}

/** /api/protocols.json: the protocols, their codes, and the page of each number in every locale. */
export function protocolsJson(catalogue: Catalogue, site: URL) {
  return {
    protocols: catalogue.protocols.map((p) => ({
      id: p.id,
      name: p.name,
      aliases: p.aliases,
      about: p.about,
      source: p.source,
      codes: p.codes.map((c) => ({ ...c, urls: urlsIn(site, (l) => codeUrl(l, c.code)) })),
    })),
  };
}

/** /api/guides.json: every guide, its codes (most likely first) and its URL in each locale. */
export function guidesJson(guides: readonly GuideSummary[], site: URL) {
  return { guides: guides.map((g) => ({ slug: g.slug, title: g.title, codes: g.codes, symptoms: g.symptoms, urls: urlsIn(site, (l) => guideUrl(l, g.slug)) })) };
}
