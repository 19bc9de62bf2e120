import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The search query sets (tests/search-queries): real error lines and symptom searches, protocol
 * numbers, situations, and the first English set. A fifth of every set is held out: chosen by a
 * hash of the query text, fixed before any tuning, and reported apart from the rest (never a line
 * marked `traced`: one whose message the catalogue gained because of it).
 */
export interface Query {
  q: string;
  /** The code page (or protocol number page) that should come first. */
  code?: number | null;
  /** A guide that is also a right answer (situations). */
  guide?: string;
  kind: 'error-line' | 'symptom' | 'protocol' | 'situation' | 'local-symptom' | 'fresh-local' | 'title' | 'fresh' | 'fresh-symptom' | 'fresh-line' | 'later-symptom';
  /** The message source that printed the line (file name in content/messages), if any. */
  from: string;
  origin: string;
  locale: string;
  set: string;
  heldOut: boolean;
  /** A line whose message the catalogue gained because of it: tuned on, never held out. */
  traced?: boolean;
}

const dir = join(import.meta.dirname, '..', 'search-queries');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
/** The JSON files of a folder of the sets, sorted; none when the folder does not exist yet. */
function jsonFiles(sub: string): string[] {
  try {
    return readdirSync(join(dir, sub)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
}
export const isHeldOut = (q: string) => createHash('sha256').update(q).digest()[0]! % 5 === 0;

function make(raw: Record<string, unknown>, set: string, kind: Query['kind'], code?: number): Query {
  const q = String(raw['q']);
  return {
    q,
    code: code ?? (raw['code'] as number | null | undefined) ?? null,
    ...(typeof raw['guide'] === 'string' ? { guide: raw['guide'] } : {}),
    kind: (raw['kind'] as Query['kind'] | undefined) ?? kind,
    from: String(raw['from'] ?? ''),
    origin: String(raw['origin'] ?? ''),
    locale: String(raw['locale'] ?? 'en'),
    set,
    // A line whose message was added to the catalogue because of it (`traced`) is never held out:
    // it was looked at to improve search before any figure was measured on it.
    heldOut: raw['traced'] !== true && isHeldOut(q),
    ...(raw['traced'] === true ? { traced: true } : {}),
  };
}

/**
 * Every query of a folder's JSON files (lines/, titles/, fresh/), each named by its file.
 * `force` sets the kind of every query; otherwise a query's own `kind` wins over `kind`.
 */
function folder(sub: string, kind: Query['kind'], force = false): Query[] {
  return jsonFiles(sub).flatMap((f) => read(join(dir, sub, f)).map((r) => make(force ? { ...r, kind } : r, `${sub}/${f}`, kind)));
}

export function querySets(): Query[] {
  const out: Query[] = [];
  out.push(...folder('lines', 'error-line'));
  try {
    out.push(...read(join(dir, 'protocols.json')).map((r) => make(r, 'protocols.json', 'protocol')));
  } catch { /* not written yet */ }
  for (const f of readdirSync(dir).filter((f) => /^situations.*\.json$/.test(f)).sort()) {
    out.push(...read(join(dir, f)).map((r) => make(r, f, 'situation')));
  }
  // Real issue titles (titles/<date>.json), read as situations: tuned on like every set, a fifth
  // held out. Each harvest is split by a hash of the title into phrasings of the pages, these
  // titles, and fresh titles (below) that are never tuned on.
  out.push(...folder('titles', 'title', true));
  // Real issue titles gathered after the ranking was last tuned (fresh/<date>.json), read as
  // situations (the guide or the right code), and reported on their own: never tuned on.
  out.push(...folder('fresh', 'fresh', true));
  // Real symptom searches gathered after the ranking was last tuned (fresh-symptoms/<date>.json),
  // read strictly as symptoms (the labelled code page first), and reported on their own: never
  // tuned on. Each harvest is split by a hash of the query: half these, half the symptom set.
  out.push(...folder('fresh-symptoms', 'fresh-symptom', true));
  // Real error lines pasted in issue threads, gathered after the ranking was last tuned
  // (fresh-lines/<date>.json): each harvest split by a hash of the line, half these, never tuned
  // on, half the error-line set. Read strictly (the labelled code page first), reported on their own.
  out.push(...folder('fresh-lines', 'fresh-line', true));
  // Real symptom searches first measured as fresh, then tuned on (later-symptoms/<date>.json): the
  // harvests of 2026-12-01 (rounds ten to thirteen) and, from round twenty-seven, the fresh
  // harvests e to i (963 searches, measured never tuned at 0.794 before they moved here), many of
  // them about codes other than 1006, the hardest symptoms the site has. Read strictly as
  // symptoms, a fifth held out, reported apart from the first symptom set so that the goal of
  // issue 12 stays measured on the set it was written for.
  out.push(...folder('later-symptoms', 'later-symptom', true));
  for (const f of readdirSync(dir).filter((f) => /^\d+\.json$/.test(f)).sort()) {
    out.push(...read(join(dir, f)).map((r) => make({ ...r, kind: r['kind'] === 'symptom' ? 'symptom' : 'error-line' }, f, 'error-line', Number(f.replace('.json', '')))));
  }
  return out;
}

/**
 * Symptom searches written in zh, de, pt and fr (tests/search-queries/locales/<locale>.json), each
 * with its source (a real forum or issue title) or "written". Each wants its code page or guide
 * in the query's locale; a fifth is held out like every other set.
 */
export function localQuerySets(): Query[] {
  return sourced('locales', 'local-symptom');
}

/** Every query of a folder of searches written in other languages, each with its `source` as its origin. */
function sourced(sub: string, kind: Query['kind']): Query[] {
  return jsonFiles(sub).flatMap((f) => read(join(dir, sub, f)).map((r) => ({ ...make(r, `${sub}/${f}`, kind), origin: String(r['source'] ?? '') })));
}

/**
 * Real symptom searches written in zh, de, pt and fr, gathered after the ranking was last tuned
 * (fresh-locales/<date>.json: issue and forum titles as written, each with its source): read as
 * situations (the guide or the right code page, in the query's locale), never tuned on, none held
 * out, and reported on their own per locale (scripts/eval-search.ts).
 */
export function freshLocalQuerySets(): Query[] {
  return sourced('fresh-locales', 'fresh-local').map((q) => ({ ...q, heldOut: false }));
}

/**
 * The URLs a query accepts as its first result, in a locale. Error lines and symptoms want their
 * code page. A situation, in English or written in another language, wants "the guide or the
 * right code page" (issue 13): its guide, its code, the guides whose most likely code is its code,
 * and the most likely code of its guide. `asLabelled` reads a situation's labels alone (a guide-only
 * label accepts only the guide); the README reports both readings.
 */
export function wanted(q: Query, guides: readonly { slug: string; codes: readonly number[] }[] = [], asLabelled = false): string[] {
  const p = q.locale === 'en' ? '' : `/${q.locale}`;
  const situation = q.kind === 'situation' || q.kind === 'local-symptom' || q.kind === 'fresh-local' || q.kind === 'title' || q.kind === 'fresh';
  const own = [...(q.code != null ? [`${p}/websocket/${q.code}/`] : []), ...(q.guide ? [`${p}/guides/${q.guide}/`] : [])];
  if (!situation || asLabelled) {
    const viaGuide = q.kind === 'situation' && q.code != null ? guides.filter((g) => g.codes[0] === q.code).map((g) => `${p}/guides/${g.slug}/`) : [];
    return [...own, ...viaGuide];
  }
  const viaGuide = q.code != null ? guides.filter((g) => g.codes[0] === q.code).map((g) => `${p}/guides/${g.slug}/`) : [];
  const guideCode = q.guide ? guides.filter((g) => g.slug === q.guide).map((g) => `${p}/websocket/${g.codes[0]}/`) : [];
  return [...new Set([...own, ...viaGuide, ...guideCode])];
}
