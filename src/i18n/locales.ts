/**
 * The one list of locales. astro.config.mjs, the routes, the tests and the search all read it;
 * adding a locale is adding its code here, its entry to `locales` (which the type checker holds
 * to exactly these codes) and a dictionary beside this file. The codes are a list of their own so
 * that the search code, which needs only them, does not carry every locale's labels (0.2 KB of
 * what each first search fetches).
 */
export const localeCodes = ['en', 'zh', 'de', 'pt', 'fr'] as const;

export type Locale = (typeof localeCodes)[number];

export const locales = {
  en: { htmlLang: 'en', label: 'English', ogLocale: 'en_US' },
  zh: { htmlLang: 'zh-Hans', label: '简体中文', ogLocale: 'zh_CN' },
  de: { htmlLang: 'de', label: 'Deutsch', ogLocale: 'de_DE' },
  pt: { htmlLang: 'pt-BR', label: 'Português (Brasil)', ogLocale: 'pt_BR' },
  fr: { htmlLang: 'fr', label: 'Français', ogLocale: 'fr_FR' },
} as const satisfies Record<Locale, { htmlLang: string; label: string; ogLocale: string }>;

/** English lives at the site root; every other locale under /<locale>/. */
export const defaultLocale: Locale = 'en';

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && Object.hasOwn(locales, value);
}
