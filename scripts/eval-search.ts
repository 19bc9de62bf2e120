/**
 * Evaluates the matcher on the query sets without a browser: hit@1 and hit@3 on the part kept
 * for tuning and on the held-out fifth, by kind, and leave-one-source-out (each message source
 * removed from the catalogue in turn, its lines searched). The browser test checks the same
 * figures through the real search page.
 *   npm exec -- node scripts/eval-search.ts [--misses] [--loso] [--forms] [--confusion] [--sources]
 */
import { loadCatalogue, loadGuides, loadTranslatedPhrases } from '../tests/helpers/content.ts';
import { freshLocalQuerySets, localQuerySets, querySets, wanted, type Query } from '../tests/helpers/query-sets.ts';
import { Matcher, wantsOthers } from '../src/lib/matcher.ts';
import { rankContext, rankResults } from '../src/lib/search-rank.ts';
import { otherLanguages, searchIndexData } from '../src/lib/search-index.ts';
import { withPhrases } from '../src/lib/index-format.ts';
import type { Catalogue } from '../src/lib/catalogue.ts';
import { namedByOwnSource } from '../tests/helpers/attribution.ts';

const showMisses = process.argv.includes('--misses');
const heldOnly = process.argv.includes('--held');
const guides = loadGuides();

function ranker(catalogue: Catalogue, locale = 'en') {
  // Each locale's index holds English alone; its second file, asked when a query wants it
  // (search-engine.ts), the other languages' phrasings at the root, its own language in a locale
  // (search-index.ts indexHolds).
  const dir = process.env['CONTENT_DIR'] ?? 'content';
  const data = searchIndexData(catalogue, guides);
  const matcher = new Matcher(data);
  const others = new Matcher(withPhrases(data, otherLanguages(catalogue, guides, loadTranslatedPhrases(dir, locale, true))), matcher);
  const ctx = rankContext(matcher.data, locale as Parameters<typeof rankContext>[1], (a, b) => `${a} vs ${b}`, 'Guide');
  return (q: string) => {
    const first = matcher.match(q);
    return rankResults(wantsOthers(q, first, locale !== 'en') ? others.match(q) : first, [], ctx).map((i) => i.url);
  };
}

/**
 * AS_LABELLED=1 reads situations by their labels alone (a guide-only label accepts only the
 * guide), not as issue 13 reads them (the guide or the right code page); the README reports both.
 */
const asLabelled = process.env['AS_LABELLED'] === '1';
const accepted = (q: Query) => wanted(q, guides, asLabelled);

function score(queries: Query[], rank: (q: string) => string[]) {
  let h1 = 0;
  let h3 = 0;
  const misses: string[] = [];
  for (const q of queries) {
    const urls = rank(q.q);
    const want = accepted(q);
    if (want.includes(urls[0] ?? '')) h1++;
    else misses.push(`${want.join('|')} ← ${urls.slice(0, 3).join(' ') || 'nothing'} :: ${q.q.slice(0, 160).replace(/\s+/g, ' ')}`);
    if (urls.slice(0, 3).some((u) => want.includes(u))) h3++;
  }
  return { n: queries.length, hit1: h1 / (queries.length || 1), hit3: h3 / (queries.length || 1), misses };
}

/**
 * --confusion: how many misses of a never-tuned set went from which wanted page to which first
 * page ("4× /websocket/1015/ ← /websocket/1006/"), without showing the queries themselves.
 */
const showConfusion = process.argv.includes('--confusion');
function confusion(misses: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const m of misses) {
    const key = m.replace(/ :: .*/, '').replace(/^(\S+) ← (\S+).*/, '$1 ← $2');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}× ${k}`).join('; ');
}

const all = querySets().filter((q) => q.locale === 'en');
const rank = ranker(loadCatalogue(process.env['CONTENT_DIR'] ?? 'content'));
const groups: Record<string, Query[]> = {
  'error lines': all.filter((q) => q.kind === 'error-line'),
  symptoms: all.filter((q) => q.kind === 'symptom'),
  'later symptoms': all.filter((q) => q.kind === 'later-symptom'),
  protocols: all.filter((q) => q.kind === 'protocol'),
  situations: all.filter((q) => q.kind === 'situation'),
  'issue titles': all.filter((q) => q.kind === 'title'),
  'fresh titles': all.filter((q) => q.kind === 'fresh'),
  'fresh symptoms': all.filter((q) => q.kind === 'fresh-symptom'),
  'fresh lines': all.filter((q) => q.kind === 'fresh-line'),
};
for (const [name, qs] of Object.entries(groups)) {
  // The fresh titles, symptoms and lines were gathered after the last tuning and are never tuned on: one figure, no misses shown.
  const neverTuned = name.startsWith('fresh');
  const parts = neverTuned ? ([['never tuned', qs]] as const) : ([['tuning', qs.filter((q) => !q.heldOut)], ['held out', qs.filter((q) => q.heldOut)]] as const);
  for (const [part, subset] of parts) {
    const r = score(subset, rank);
    console.log(`${name.padEnd(12)} ${part.padEnd(9)} n=${String(r.n).padStart(4)}  hit@1 ${r.hit1.toFixed(3)}  hit@3 ${r.hit3.toFixed(3)}`);
    if (neverTuned && showConfusion) console.log(`    confusion (wanted ← got): ${confusion(r.misses)}`);
    if (showMisses && (part === 'tuning' || heldOnly) && !neverTuned) for (const m of r.misses) console.log(`    miss ${m}`);
    // A never-tuned set's harvests, each on its own: a new harvest is first measured by the search it was not seen by.
    const files = [...new Set(subset.map((q) => q.set))];
    if (neverTuned && files.length > 1) for (const f of files) {
      const s = score(subset.filter((q) => q.set === f), rank);
      console.log(`    ${f.padEnd(44)} n=${String(s.n).padStart(4)}  hit@1 ${s.hit1.toFixed(3)}  hit@3 ${s.hit3.toFixed(3)}`);
    }
  }
}

for (const locale of ['zh', 'de', 'pt', 'fr']) {
  const qs = localQuerySets().filter((q) => q.locale === locale);
  const rankLocal = ranker(loadCatalogue(process.env['CONTENT_DIR'] ?? 'content'), locale);
  for (const [part, subset] of [['tuning', qs.filter((q) => !q.heldOut)], ['held out', qs.filter((q) => q.heldOut)]] as const) {
    const r = score(subset, rankLocal);
    console.log(`${`${locale} symptoms`.padEnd(12)} ${part.padEnd(9)} n=${String(r.n).padStart(4)}  hit@1 ${r.hit1.toFixed(3)}  hit@3 ${r.hit3.toFixed(3)}`);
    if (showMisses && (part === 'tuning' || heldOnly)) for (const m of r.misses) console.log(`    miss ${m}`);
  }
  // Real searches in the locale's language gathered after the last tuning: one figure, no misses shown.
  const fresh = freshLocalQuerySets().filter((q) => q.locale === locale);
  if (fresh.length > 0) {
    const r = score(fresh, rankLocal);
    console.log(`${`${locale} fresh`.padEnd(12)} ${'never tuned'} n=${String(r.n).padStart(4)}  hit@1 ${r.hit1.toFixed(3)}  hit@3 ${r.hit3.toFixed(3)}`);
    if (showConfusion) console.log(`    confusion (wanted ← got): ${confusion(r.misses)}`);
  }
}

/**
 * --sources: how often the first result's sentence ("… prints this when …") names the library a
 * real error line came from (tests/helpers/attribution.ts). Tuning part, held-out fifth and the
 * never-tuned lines apart.
 */
if (process.argv.includes('--sources')) {
  const catalogue = loadCatalogue(process.env['CONTENT_DIR'] ?? 'content');
  const matcher = new Matcher(searchIndexData(catalogue, guides));
  const lines = groups['error lines']!;
  const parts = { tuning: lines.filter((q) => !q.heldOut), 'held out': lines.filter((q) => q.heldOut), 'never tuned': groups['fresh lines']! };
  for (const [part, qs] of Object.entries(parts)) {
    const { n, named, claimed, claimedRight, similar } = namedByOwnSource(catalogue, matcher, qs);
    console.log(`sources named ${part.padEnd(11)} n=${String(n).padStart(4)}  the line's own library ${(named / (n || 1)).toFixed(3)}; "prints this" ${claimed}, its library right ${(claimedRight / (claimed || 1)).toFixed(3)}; "a similar message" ${similar}`);
  }
}

if (process.argv.includes('--loso')) {
  const lines = all.filter((q) => q.kind === 'error-line' && q.from);
  // LOSO_SOURCES=<regex>: only the sources whose id it matches (a quicker look at a few).
  const only = new RegExp(process.env['LOSO_SOURCES'] ?? '');
  const sources = [...new Set(lines.map((q) => q.from))].filter((s) => only.test(s)).sort();
  let hits = 0;
  let total = 0;
  for (const source of sources) {
    const mine = lines.filter((q) => q.from === source);
    const r = score(mine, ranker(loadCatalogue('content', (id) => id === source)));
    hits += r.hit1 * r.n;
    total += r.n;
    console.log(`loso ${source.padEnd(20)} n=${String(r.n).padStart(3)}  hit@1 ${r.hit1.toFixed(3)}`);
    if (showMisses) for (const m of r.misses) console.log(`    miss ${m}`);
  }
  console.log(`loso all sources     n=${total}  hit@1 ${(hits / total).toFixed(3)}`);
}

/**
 * --forms: the error lines as readers also paste them: inside a log's JSON, behind a container's
 * prefix, quoted in a sentence, run into one line, typed again in lower case, cut short, and among stack frames (before,
 * after, a Python traceback, a Go panic). The frames are generated, the same for every line; the
 * figure says how much of what search finds survives the wrapping (README, Search).
 */
if (process.argv.includes('--forms')) {
  const javaFrames = (n: number) => Array.from({ length: n }, (_, i) => `\tat com.example.app.service.Handler${i}.process(Handler${i}.java:${100 + i})`).join('\n');
  const pyFrames = (n: number) => Array.from({ length: n }, (_, i) => `  File "/usr/lib/python3.11/site-packages/app/module${i}.py", line ${20 + i}, in handler_${i}\n    result = await self.process_item_${i}(payload)`).join('\n');
  const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');
  const forms: Record<string, (s: string) => string> = {
    'as pasted': (s) => s,
    'in a JSON log': (s) => JSON.stringify({ log: `${s}\n`, stream: 'stderr', time: '2026-11-30T10:00:00.123Z' }),
    'behind a prefix': (s) => s.split('\n').map((l) => `web_1  | ${l}`).join('\n'),
    'in a sentence': (s) => `I get this error: "${s}" when I deploy to production, any idea?`,
    'one line': oneLine,
    'in lower case': (s) => s.toLowerCase(),
    'cut to 60%': (s) => s.slice(0, Math.max(30, Math.floor(s.length * 0.6))),
    'frames after': (s) => `${s}\n${javaFrames(60)}`,
    'frames before': (s) => oneLine(`${javaFrames(40)}\nCaused by: ${s}`),
    'Python traceback': (s) => `Traceback (most recent call last):\n${pyFrames(14)}\n${s}`,
    'Go panic': (s) => `panic: ${s}\n\ngoroutine 1 [running]:\n${Array.from({ length: 25 }, (_, i) => `main.handler${i}(0xc000123456)\n\t/home/user/go/src/app/handler${i}.go:${i + 10} +0x1d`).join('\n')}`,
    'terminal colours': (s) => `\x1b[2m10:00:00\x1b[0m \x1b[31mERROR\x1b[0m ${s.replace(/(\S+)/g, (w, _x, i: number) => (i % 3 === 0 ? `\x1b[1m${w}\x1b[22m` : w))}\x1b[0m`,
    'HTML-escaped': (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    'ASCII-escaped': (s) => JSON.stringify(s).slice(1, -1).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    'Windows line ends': (s) => s.replace(/\n/g, '\r\n'),
  };
  const lines = all.filter((q) => q.kind === 'error-line');
  for (const [part, subset] of [['tuning', lines.filter((q) => !q.heldOut)], ['held out', lines.filter((q) => q.heldOut)]] as const) {
    for (const [name, wrap] of Object.entries(forms)) {
      if (process.env['FORMS'] && !process.env['FORMS'].split(',').includes(name)) continue;
      const r = score(subset.map((q) => ({ ...q, q: wrap(q.q) })), rank);
      console.log(`forms ${part.padEnd(9)} ${name.padEnd(17)} n=${String(r.n).padStart(4)}  hit@1 ${r.hit1.toFixed(3)}`);
    }
  }
}
