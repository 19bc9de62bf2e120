import { en, type UiKey } from './en.ts';
import { de } from './de.ts';
import { fr } from './fr.ts';
import { pt } from './pt.ts';
import { zh } from './zh.ts';
import type { Locale } from './locales.ts';
import type { Text } from '../lib/comparison.ts';
import { searchStringKeys, type SearchStrings } from '../lib/search-strings.ts';

/** Every locale's dictionary; the type makes a missing locale or key a compile error. */
export const dictionaries: Record<Locale, Record<UiKey, string>> = { en, zh, de, pt, fr };

/** The string for key in locale, with {placeholders} filled from vars. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return dictionaries[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Resolves a model Text (a key or literal text) in locale. */
export function textOf(locale: Locale, value: Text): string {
  if (!('key' in value)) return value.text;
  const vars = Object.fromEntries(
    Object.entries(value.vars ?? {}).map(([name, v]) => [name, typeof v === 'object' ? textOf(locale, v) : v]),
  );
  return t(locale, value.key, vars);
}

/** A translator bound to one locale, for components. */
export function translator(locale: Locale) {
  return (key: UiKey, vars?: Record<string, string | number>) => t(locale, key, vars);
}

/**
 * The search script's strings in one locale, as JSON for a data attribute. Kept here, not in
 * search-strings.ts, so that the browser bundle does not pull in every dictionary.
 */
export function searchStringsJson(locale: Locale): string {
  const strings = Object.fromEntries(searchStringKeys.map((k) => [k, t(locale, k)])) as Omit<SearchStrings, 'search.whyHandshake' | 'search.whyNearHandshake'>;
  const note = t(locale, 'messages.handshake');
  return JSON.stringify({
    ...strings,
    'search.whyHandshake': `${t(locale, 'search.whyMessage')} ${note}`,
    'search.whyNearHandshake': `${t(locale, 'search.whyNear')} ${note}`,
  } satisfies SearchStrings);
}
