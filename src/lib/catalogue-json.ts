import { localeCodes, type Locale } from '../i18n/locales.ts';
import { browserMayClose } from './comparison.ts';
import { classOf, rangeClasses, rangePages } from './ranges.ts';
import type { CodeData } from './schema.ts';
import { codeUrl, rangeUrl } from './urls.ts';

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

export function rangesJson(entries: readonly CodeData[], site: URL) {
  return {
    classes: rangeClasses,
    ranges: rangePages.map((s) => ({
      id: s.id,
      from: s.from,
      to: s.to,
      rangeClass: s.cls,
      registered: entries.filter((e) => e.code >= s.from && e.code <= s.to).map((e) => e.code),
      urls: urlsIn(site, (l) => rangeUrl(l, s)),
    })),
  };
}
