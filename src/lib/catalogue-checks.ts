import type { CodeData } from './schema.ts';

/**
 * Checks that need the whole collection, which the per-entry schema cannot see.
 * Astro's reference() only logs a missing target, so these run on the loaded collection
 * and throw, failing the build with the file and field named.
 */

export interface LoadedEntry {
  /** Path relative to content/codes, e.g. "1006.md". */
  id: string;
  /** Path as the build reports it, e.g. "content/codes/1006.md". */
  filePath: string;
  data: CodeData;
}

export class CatalogueError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The code catalogue has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogueError';
    this.problems = problems;
  }
}

const baseName = (id: string) => id.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/** Lists every problem across the entries; an empty list means the catalogue is sound. */
export function catalogueProblems(entries: readonly LoadedEntry[]): string[] {
  const problems: string[] = [];
  const seen = new Map<number, string>();
  for (const { id, filePath, data } of entries) {
    if (baseName(id) !== String(data.code)) {
      problems.push(`${filePath}: code: ${data.code} does not match the file name (expected ${baseName(id)}.md to hold code ${baseName(id)})`);
    }
    if ((data.kind === 'local') !== !data.onTheWire) {
      problems.push(`${filePath}: kind: "local" is for exactly the codes that never cross the wire (onTheWire: false)`);
    }
    const first = seen.get(data.code);
    if (first) problems.push(`${filePath}: code: ${data.code} is already defined in ${first}`);
    else seen.set(data.code, filePath);
  }
  for (const { filePath, data } of entries) {
    for (const related of data.related) {
      if (related === data.code) problems.push(`${filePath}: related: lists the entry's own code ${related}`);
      else if (!seen.has(related)) problems.push(`${filePath}: related: ${related} has no entry (no ${related}.md beside this file)`);
    }
  }
  return problems;
}

/** Throws a CatalogueError naming every problem, or returns the entries sorted by code. */
export function checkCatalogue<T extends LoadedEntry>(entries: readonly T[]): T[] {
  const problems = catalogueProblems(entries);
  if (problems.length > 0) throw new CatalogueError(problems);
  return [...entries].sort((a, b) => a.data.code - b.data.code);
}

/** A message source or protocol file as loaded, for the checks below. */
export interface LoadedFile<T> {
  filePath: string;
  data: T;
}

/**
 * Messages must point at a code that has a page (a registered code, or a number a protocol
 * defines), so that a search hit never leads nowhere.
 */
export function messageProblems(files: readonly LoadedFile<{ messages: readonly { code: number }[] }>[], pages: ReadonlySet<number>): string[] {
  return files.flatMap(({ filePath, data }) =>
    data.messages.flatMap((m, i) => (pages.has(m.code) ? [] : [`${filePath}: messages.${i}.code: ${m.code} has no page (no content/codes/${m.code}.md and no protocol defines it)`])),
  );
}

/** Entries whose Markdown body would be dropped: the site renders only the frontmatter. */
export function bodyProblems(entries: readonly { filePath: string; body?: string | undefined }[]): string[] {
  return entries.filter((e) => (e.body ?? '').trim() !== '').map((e) => `${e.filePath}: (body): text below the frontmatter is never shown; move it into description, whenYouSeeIt or howToFix`);
}

/** Throws a CatalogueError when any list holds a problem. */
export function assertNoProblems(...lists: readonly string[][]): void {
  const problems = lists.flat();
  if (problems.length > 0) throw new CatalogueError(problems);
}

/** Text as quotes are compared: lower case, accents and punctuation dropped, spaces single. */
const quoteForm = (text: string) => text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** A quote needs this many fixed words (placeholders aside) before it counts as the message. */
const QUOTE_WORDS = 4;

/**
 * A phrasing is what readers type about its page's code (a guide's symptom, about the guide's
 * codes); one that quotes a catalogue message whole (every fixed word of the template, in order,
 * and nothing before or after it) is that message, and the catalogue says which code the message
 * means. A phrasing that quotes a message
 * of another code contradicts the catalogue, and search would follow the phrasing (a French
 * phrasing of 1001 quoting the French Firefox's netInterrupt line, whose message is 1006). A
 * message whose code comes from the number in its text (`codeFromText`) fits any page.
 */
export function quotedMessageProblems(
  pages: readonly { filePath: string; codes: readonly number[]; phrasings: readonly string[]; field?: string }[],
  messages: readonly { text: string; code: number; codeFromText?: boolean | undefined; where: string }[],
): string[] {
  const templates = messages.flatMap((m) => {
    if (m.codeFromText) return [];
    const parts = m.text.split(/\{[^}]*\}/).map(quoteForm).filter((p) => p !== '');
    if (parts.join(' ').split(' ').length < QUOTE_WORDS) return [];
    // quoteForm leaves only letters, digits and single spaces: nothing in a part needs escaping.
    const pattern = new RegExp(`^${parts.join('.*')}$`);
    return [{ pattern, message: m }];
  });
  return pages.flatMap(({ filePath, codes, phrasings, field = 'phrasings' }) =>
    phrasings.flatMap((phrasing, i) => {
      const quoted = quoteForm(phrasing);
      const other = templates.find((t) => !codes.includes(t.message.code) && t.pattern.test(quoted));
      return other
        ? [`${filePath}: ${field}.${i}: "${phrasing}" quotes the message "${other.message.text}" (${other.message.where}), which the catalogue says means ${other.message.code}, not ${codes.join(' or ')}; remove the phrasing or correct the message's code`]
        : [];
    }),
  );
}

/** A guide must name codes that have pages. */
export function guideProblems(guides: readonly { filePath: string; data: { codes: readonly number[] } }[], pages: ReadonlySet<number>): string[] {
  return guides.flatMap(({ filePath, data }) => data.codes.flatMap((c, i) => (pages.has(c) ? [] : [`${filePath}: codes.${i}: ${c} has no page (no content/codes/${c}.md and no protocol defines it)`])));
}

/**
 * Written comparisons and the entries' `related` lists must agree: every related pair has its
 * content/pairs/<a>-vs-<b>.md, and every such file names a related pair, lower code first.
 */
export function pairProblems(pairs: readonly { id: string; filePath: string }[], entries: readonly CodeData[]): string[] {
  const related = new Set<string>();
  for (const e of entries) for (const r of e.related) related.add(`${Math.min(e.code, r)}-vs-${Math.max(e.code, r)}`);
  const written = new Set<string>();
  const problems: string[] = [];
  for (const { id, filePath } of pairs) {
    const name = id.replace(/^.*\//, '').replace(/\.md$/, '');
    const m = /^(\d+)-vs-(\d+)$/.exec(name);
    if (!m) problems.push(`${filePath}: (file name): must be <a>-vs-<b>.md with the lower code first`);
    else if (Number(m[1]) >= Number(m[2])) problems.push(`${filePath}: (file name): put the lower code first (${m[2]}-vs-${m[1]}.md)`);
    else if (!related.has(name)) problems.push(`${filePath}: (file name): ${m[1]} and ${m[2]} are not related; add each to the other's related list in content/codes, or remove this file`);
    written.add(name);
  }
  for (const pair of [...related].sort()) {
    if (!written.has(pair)) problems.push(`content/pairs/${pair}.md: (missing): ${pair.replace('-vs-', ' and ')} are related in content/codes, so they need a written comparison`);
  }
  return problems;
}
