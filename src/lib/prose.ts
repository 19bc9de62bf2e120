/**
 * Entry prose is plain text where `backticks` mark code. Splitting it here (instead of running a
 * Markdown renderer over frontmatter) keeps the output free of raw HTML by construction.
 * Translated prose may quote a specification or a log line in English; such a quotation is a
 * segment of its own, so the page can mark it lang="en".
 */
export interface Segment {
  code: boolean;
  text: string;
  /** A quotation left in English inside translated prose. */
  english?: boolean;
}

/** Quotation marks as the five languages write them: “…”, "…", „…“, « … », 「…」. */
const QUOTE = /(“[^”“]+”|"[^"]+"|„[^“”]+[“”]|«[^»]+»|「[^」]+」)/;

/** English words no German, Portuguese, French or Chinese sentence uses. */
const ENGLISH_WORDS = new Set('the and is are was were with when that this which your you not from will would should have has been their there what into only than then because while after before does must may can any no to of be it'.split(' '));

/** True when a text (a quotation, a symptom) reads as English: Latin letters only, and two English words. */
export function readsEnglish(text: string): boolean {
  const inner = text.replace(/^[“"„«「]\s*|\s*[”"“»」]$/g, '');
  if (/[^\u0000-\u00bf\u2019\u2013\u2014\u2026]/.test(inner)) return false;
  const words = inner.toLowerCase().match(/[a-z’']+/g) ?? [];
  return words.length >= 3 && words.filter((w) => ENGLISH_WORDS.has(w)).length >= 2;
}

/** Splits plain text around English quotations (used for translated prose). */
export function quoteSegments(text: string): { text: string; english: boolean }[] {
  return text
    .split(QUOTE)
    .filter((part) => part.length > 0)
    .map((part) => ({ text: part, english: QUOTE.test(part) && new RegExp(`^${QUOTE.source}$`).test(part) && readsEnglish(part) }));
}

export function segments(text: string, markQuotes = false): Segment[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((part) => part.length > 0)
    .flatMap((part): Segment[] => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 2) return [{ code: true, text: part.slice(1, -1) }];
      if (!markQuotes) return [{ code: false, text: part }];
      return quoteSegments(part).map((q) => ({ code: false, text: q.text, english: q.english }));
    });
}

/** Quotation marks that never occur in HTML markup, for marking rendered HTML. */
const HTML_QUOTE = /“[^”“]+”|„[^“”]+[“”]|«[^»]+»|「[^」]+」/g;

/**
 * Marks what stays English in rendered translated HTML (a translated guide): `code` and `pre`
 * get lang="en", and each English quotation is wrapped in <span lang="en">. A quotation may hold
 * inline markup (`code`); its text decides, and one never spans two blocks.
 */
export function markEnglishHtml(html: string): string {
  return html
    .replace(/<(code|pre)(?![^>]*\slang=)(?=[\s>])/g, '<$1 lang="en"')
    .replace(HTML_QUOTE, (quote) => (!/<\/?(p|li|td|th|div|h\d|ul|ol|table)\b/.test(quote) && readsEnglish(quote.replace(/<[^>]+>/g, '')) ? `<span lang="en">${quote}</span>` : quote));
}
