import type { Catalogue } from './catalogue.ts';
import { decoderData } from './decoder.ts';
import { libraries } from './libraries.ts';
import { FROM_TEXT, HANDSHAKE, type MatchData } from './matcher.ts';

/**
 * /api/search-index.json: everything the matcher needs, built once from the catalogue. The
 * browser fetches it on the first search, before (and often instead of) the full-text index.
 */

export interface GuideSummary {
  slug: string;
  title: string;
  symptoms: readonly string[];
  /** The codes the guide is about, most likely first. */
  codes: readonly number[];
  /** The guide's summary and the headings of its sections: words a situation is searched by. */
  headings: readonly string[];
}

/** The summary and `##` headings of a guide's MDX body. */
export function guideHeadings(summary: string, body: string): string[] {
  return [summary, ...[...body.matchAll(/^#{2,3}\s+(.+)$/gm)].map((m) => m[1]!.replace(/[`*]/g, ''))];
}

/** `extra`: more phrasings per code, e.g. those of the translations, so search finds a page in every language. */
export function searchIndexData(catalogue: Catalogue, guides: readonly GuideSummary[] = [], extra: ReadonlyMap<number, readonly string[]> = new Map()): MatchData {
  const sourceIndex = new Map(catalogue.sources.map((s, i) => [s.id, i]));
  const libraryNames = Object.fromEntries(Object.entries(libraries).map(([key, lib]) => [key, lib.name]));
  return {
    ...decoderData(catalogue.codes, libraryNames),
    names: Object.fromEntries(catalogue.codes.map((e) => [e.code, e.name])),
    numbers: Object.fromEntries(catalogue.numberPages.map((n) => [n, catalogue.protocolNumbers.get(n)!.map((u) => u.protocol.name)])),
    guides: Object.fromEntries(guides.map((g) => [g.slug, g.title])),
    guideCodes: Object.fromEntries(guides.map((g) => [g.slug, [...g.codes]])),
    sources: catalogue.sources.map((s) => s.source),
    lines: catalogue.messages.map((m) => [m.text, m.code, sourceIndex.get(m.sourceId)!, (m.codeFromText ? FROM_TEXT : 0) | (m.handshake ? HANDSHAKE : 0), m.when]),
    phrases: [
      ...catalogue.codes.flatMap((e) =>
        [...e.phrasings, ...(extra.get(e.code) ?? []), `${e.code} ${e.name}`, e.summary].map((p): [string, string] => [p, String(e.code)]),
      ),
      ...[...catalogue.protocolNumbers.entries()].flatMap(([n, uses]) =>
        uses.map((u): [string, string] => [`${u.protocol.name} ${u.protocol.aliases.join(' ')} ${n} ${u.name}`, String(n)]),
      ),
      ...guides.flatMap((g) => [g.title, ...g.symptoms, ...g.headings].map((s): [string, string] => [s, `g:${g.slug}`])),
    ],
  };
}

/** /api/messages.json: the message catalogue for tools, grouped by source. */
export function messagesJson(catalogue: Catalogue) {
  return {
    sources: catalogue.sources.map((s) => ({
      id: s.id,
      source: s.source,
      kind: s.kind,
      repo: s.repo ?? null,
      url: s.url,
      messages: s.messages.map((m) => ({ text: m.text, code: m.code, codeFromText: m.codeFromText ?? false, handshake: m.handshake ?? false, file: m.file, versions: m.versions, when: m.when })),
    })),
  };
}
