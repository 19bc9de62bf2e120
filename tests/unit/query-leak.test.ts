import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalogue, loadGuides, loadTranslatedPhrases } from '../helpers/content.ts';
import { freshLocalQuerySets, localQuerySets, querySets } from '../helpers/query-sets.ts';
import { words } from '../../src/lib/text-features.ts';

/**
 * The search's own texts (code phrasings, guide symptoms, in every language) must not contain the
 * queries it is measured on: a phrasing that copies a test query makes that query a lookup, and
 * the figure stops saying anything about queries nobody wrote down. Compared as word sets. A query
 * that holds a library's message may share that message's words (the message is in the catalogue as
 * a fact, and the phrasings may quote it), not the rest of the query.
 */
const wordSet = (text: string) => new Set(words(text).filter((w): w is string => w !== null && w !== 'websocket' && w !== 'websockets'));

/**
 * A text copies a query when the two share seven words in ten (of all their words), or when the
 * text is a part of the query: four or more words, nearly all of them in the query.
 */
function copies(text: Set<string>, query: Set<string>): boolean {
  let shared = 0;
  for (const w of text) if (query.has(w)) shared++;
  const union = new Set([...text, ...query]).size;
  return shared / Math.max(1, union) >= 0.7 || (text.size >= 4 && shared / text.size >= 0.85);
}

test('no phrasing or symptom copies a query of the measured query sets', () => {
  const catalogue = loadCatalogue();
  // Every language's texts: the root's second file holds them all (search-index.ts indexHolds).
  const translated = loadTranslatedPhrases('content', 'en', true);
  const texts = [
    ...catalogue.codes.flatMap((c) => c.phrasings),
    ...[...catalogue.protocolNumbers.values()].flat().flatMap((u) => u.phrasings),
    ...loadGuides().flatMap((g) => g.symptoms),
    ...[...translated.codes.values()].flat(),
    ...[...translated.guides.values()].flat(),
  ].map((t) => ({ t, w: wordSet(t) }));
  const queries = [...querySets(), ...localQuerySets(), ...freshLocalQuerySets()].map((q) => ({ q: q.q, w: wordSet(q.q) }));
  const messages = catalogue.messages.map((m) => wordSet(m.text.replace(/\{[a-z]+\}/g, ' ')));
  // Both tests below need a shared word, so each query is compared only with the messages and
  // texts that hold one of its words (found through word → indexes), not with all of them.
  const byWord = (sets: Set<string>[]) => {
    const index = new Map<string, number[]>();
    sets.forEach((set, i) => set.forEach((w) => index.set(w, [...(index.get(w) ?? []), i])));
    return (query: Set<string>) => new Set([...query].flatMap((w) => index.get(w) ?? []));
  };
  const messagesWith = byWord(messages);
  const textsWith = byWord(texts.map((t) => t.w));
  const covers = (q: Set<string>, m: Set<string>) => {
    const shared = [...m].filter((w) => q.has(w)).length;
    return m.size >= 3 && (shared / m.size >= 0.8 || shared / q.size >= 0.8);
  };
  const leaks: string[] = [];
  for (const q of queries) {
    // What the query says beyond the messages it quotes must not be copied either.
    const quoted = new Set([...messagesWith(q.w)].map((i) => messages[i]!).filter((m) => covers(q.w, m)).flatMap((m) => [...m]));
    const rest = (w: Set<string>) => (quoted.size === 0 ? w : new Set([...w].filter((x) => !quoted.has(x))));
    const own = rest(q.w);
    if (own.size < 3) continue;
    for (const i of [...textsWith(own)].sort((a, b) => a - b)) if (copies(rest(texts[i]!.w), own)) leaks.push(`"${texts[i]!.t}" ≈ query "${q.q}"`);
  }
  assert.deepEqual(leaks, []);
});
