/**
 * The one list of locales. astro.config.mjs, the routes, the tests and the search all read it;
 * adding a locale is adding an entry here and a dictionary beside this file.
 */
export const locales = {
  en: { htmlLang: 'en', label: 'English', ogLocale: 'en_US' },
  zh: { htmlLang: 'zh-Hans', label: '简体中文', ogLocale: 'zh_CN' },
  de: { htmlLang: 'de', label: 'Deutsch', ogLocale: 'de_DE' },
  pt: { htmlLang: 'pt-BR', label: 'Português (Brasil)', ogLocale: 'pt_BR' },
  fr: { htmlLang: 'fr', label: 'Français', ogLocale: 'fr_FR' },
} as const satisfies Record<string, { htmlLang: string; label: string; ogLocale: string }>;

export type Locale = keyof typeof locales;
/** English lives at the site root; every other locale under /<locale>/. */
export const defaultLocale: Locale = 'en';
export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && Object.hasOwn(locales, value);
}
