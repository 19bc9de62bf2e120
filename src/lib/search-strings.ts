import type { UiKey } from '../i18n/en.ts';

/** The UI strings the search script needs; the layout passes them in the page's language. */
export const searchStringKeys = [
  'search.resultsFor',
  'search.noResults',
  'search.empty',
  'search.loading',
  'search.decoded',
  'search.decodedIdentifier',
  'search.decodedRange',
  'search.whyMessage',
  'search.whyNear',
  'search.whyPhrase',
  'search.unsure',
  'search.failed',
  'search.guide',
  'compare.title',
  'range.named',
] as const satisfies readonly UiKey[];

/**
 * The strings as the script gets them: the keys above, and the reason of a message that opened no
 * WebSocket (i18n/t.ts `searchStringsJson` builds it from `search.whyMessage`, or `search.whyNear`
 * for a message the line holds only part of, and the note the code and guide pages show beside
 * such a message, `messages.handshake`, so that one sentence says it in both places).
 */
export type SearchStrings = Record<(typeof searchStringKeys)[number] | 'search.whyHandshake' | 'search.whyNearHandshake', string>;

/** Fills {placeholders} the same way t() does, for strings that travelled to the browser. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

