import type { Locale } from '../i18n/locales.ts';
import type { CodeData } from './schema.ts';
import type { CodeTranslation } from './schemas/translation.ts';
import { proseHash, translationPath } from './translation.ts';

/**
 * A code entry as a page in one language shows it: the facts of the English entry with the
 * prose of its translation. `proseLang` says which language the prose is in (English when no
 * translation exists), and `stale` that the English changed after it was translated.
 */
export interface LocalEntry extends CodeData {
  proseLang: Locale;
  /** The display name in the page's language; `name` stays the English one. */
  localName: string;
  stale: boolean;
  translated: boolean;
}

export function localize(entry: CodeData, locale: Locale, translation: CodeTranslation | undefined): LocalEntry {
  if (locale === 'en' || !translation) return { ...entry, proseLang: 'en', localName: entry.name, stale: false, translated: locale === 'en' };
  return {
    ...entry,
    summary: translation.summary,
    description: translation.description,
    whenYouSeeIt: translation.whenYouSeeIt,
    howToFix: translation.howToFix,
    phrasings: translation.phrasings.length > 0 ? translation.phrasings : entry.phrasings,
    proseLang: locale,
    localName: translation.name,
    stale: translation.translates !== proseHash(entry),
    translated: true,
  };
}

/** "de/codes/1006.yaml" → ["de", 1006]. */
export function translationKey(id: string): [string, number] | undefined {
  const p = translationPath(id);
  return p?.kind === 'codes' && /^\d+$/.test(p.name) ? [p.locale, Number(p.name)] : undefined;
}

/** The translations whose English changed since they were made: "de/codes/1006.yaml (translates …, English is now …)". */
export function staleTranslations(entries: readonly CodeData[], translations: readonly { id: string; data: CodeTranslation }[]): string[] {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  return translations.flatMap(({ id, data }) => {
    const key = translationKey(id);
    const entry = key ? byCode.get(key[1]) : undefined;
    if (!entry) return [`${id}: no English entry for this translation`];
    const now = proseHash(entry);
    return data.translates === now ? [] : [`${id}: translates ${data.translates}, the English is now ${now}`];
  });
}

/**
 * The translation of one English file a page in `locale` shows, with what the page says about it:
 * `lang` is the language of the prose it shows, `missing` that the page falls back to English
 * (the page says so), `stale` that the English changed after the translation was made.
 */
export interface Picked<T> {
  translation: T | undefined;
  lang: Locale;
  missing: boolean;
  stale: boolean;
}

export function pick<T extends { translates: string }>(locale: Locale, translation: T | undefined, englishHash: () => string): Picked<T> {
  if (locale === 'en') return { translation: undefined, lang: 'en', missing: false, stale: false };
  if (!translation) return { translation: undefined, lang: 'en', missing: true, stale: false };
  return { translation, lang: locale, missing: false, stale: translation.translates !== englishHash() };
}

/** "de/pairs/1000-vs-1001.yaml" or "de/guides/idle-timeouts" → "de/pairs/1000-vs-1001". */
export function translationId(id: string): string | undefined {
  const p = translationPath(id);
  return p ? `${p.locale}/${p.kind}/${p.name}` : undefined;
}
