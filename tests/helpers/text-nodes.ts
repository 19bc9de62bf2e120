/**
 * The text a reader sees in a built page, each piece with the language it is declared in (the
 * nearest `lang` attribute). A small walker over the HTML Astro writes: every element is closed
 * or void, and script, style and template contents are skipped.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SKIP = new Set(['script', 'style', 'template']);

export interface TextNode {
  text: string;
  lang: string;
  /** The open elements around it, outermost first ("body", "main", "p", "code"). */
  path: string[];
}

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return named[e.toLowerCase()] ?? '';
  });

export function textNodes(html: string): TextNode[] {
  const out: TextNode[] = [];
  const stack: { tag: string; lang: string }[] = [];
  const tagRe = /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let last = 0;
  let skipping: string | undefined;
  for (const m of html.matchAll(tagRe)) {
    const between = html.slice(last, m.index);
    last = m.index + m[0].length;
    if (!skipping && between.trim() && stack.length) out.push({ text: decode(between), lang: stack.at(-1)!.lang, path: stack.map((s) => s.tag) });
    if (!m[2]) continue;
    const tag = m[2].toLowerCase();
    if (skipping) {
      if (m[1] && tag === skipping) skipping = undefined;
      continue;
    }
    if (m[1]) {
      const at = stack.map((s) => s.tag).lastIndexOf(tag);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (SKIP.has(tag)) {
      if (!/\/\s*$/.test(m[3]!)) skipping = tag;
      continue;
    }
    if (VOID.has(tag) || /\/\s*$/.test(m[3]!)) continue;
    const lang = /\slang="([^"]*)"/.exec(m[3]!)?.[1] ?? stack.at(-1)?.lang ?? '';
    stack.push({ tag, lang });
  }
  return out;
}

/** English function words that no German, Portuguese or French sentence uses. */
const ENGLISH = new Set(
  'the and is are was were with when that this which your you not from will would should have has been their there what into only than then because while after before does doesn’t isn’t can’t don’t it’s its they them these those'.split(' '),
);

/** Function words of the other languages, to tell a sentence that quotes English from English. */
const OWN: Record<string, Set<string>> = {
  de: new Set('der die das und ist nicht mit bei von zu ein eine einen dem den des sie wird werden oder auf für im'.split(' ')),
  'pt-BR': new Set('o os as de do da dos das que não um uma para com é em no na se ao pelo pela'.split(' ')),
  fr: new Set('le la les de des du que et est pas un une pour avec dans au aux qui se ne sur'.split(' ')),
};

const englishWords = (text: string) => (text.toLowerCase().match(/[a-z’']+/g) ?? []).filter((w) => ENGLISH.has(w.replace(/'/g, '’'))).length;

/**
 * True for text on a `lang` page that is English prose: three or more English function words,
 * in a text that is not a sentence of the page's language (Chinese characters, or three of the
 * language's own function words) — or any quotation of English words inside it, which the page
 * must mark on its own.
 */
export function looksEnglish(text: string, lang: string): boolean {
  const quotes = text.match(/“[^”]+”|„[^“”]+[“”]|«[^»]+»|「[^」]+」/g) ?? [];
  if (quotes.some((q) => englishWords(q) >= 3)) return true;
  if (englishWords(text) < 3) return false;
  if (lang.startsWith('zh')) return !/[\u4e00-\u9fff]/.test(text);
  const own = (text.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []).filter((w) => OWN[lang]?.has(w)).length;
  return own < 3;
}
