import type { CodeData } from './schema.ts';
import type { Message, MessageFile } from './schemas/message.ts';
import type { Protocol, ProtocolCode } from './schemas/protocol.ts';

/**
 * The whole catalogue as the pages and the search read it, computed once from the collections:
 * the registered codes, the messages of every source, the protocols and the numbers they define.
 */

/** A message with the source that prints it. */
export interface SourcedMessage extends Message {
  /** The source file's id, e.g. "gorilla". */
  sourceId: string;
  source: string;
  /** Its position in the source file (translations list the "when" of each in that order). */
  index: number;
}

/** One protocol's use of a number. */
export interface ProtocolUse extends ProtocolCode {
  protocolId: string;
  protocol: Protocol;
}

export interface Catalogue {
  codes: readonly CodeData[];
  sources: readonly (MessageFile & { id: string })[];
  messages: readonly SourcedMessage[];
  protocols: readonly (Protocol & { id: string })[];
  /** Every number some protocol defines, ascending, with each protocol's use of it. */
  protocolNumbers: ReadonlyMap<number, readonly ProtocolUse[]>;
  /** Numbers with a protocol page of their own: defined by a protocol and not registered. */
  numberPages: readonly number[];
  /** Every number that has a page: registered codes and numberPages. */
  pages: ReadonlySet<number>;
}

/** The protocols that define a number, each named once, in catalogue order. */
export const protocolNamesOf = (catalogue: Pick<Catalogue, 'protocolNumbers'>, n: number): string[] => [...new Set(catalogue.protocolNumbers.get(n)?.map((u) => u.protocol.name))];

/** The file name without folder or extension: "content/messages/ws.yaml" → "ws". */
export const idOf = (id: string) => id.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/**
 * A source's messages by the code they mean, then those of a failed handshake, then those whose
 * code is read from their text, in file order otherwise (`index` keeps the place in the file):
 * the search index's column of codes and flags (index-format.ts) then runs in long repeats,
 * which its compression takes 1.2 KB smaller than in file order.
 */
const byCode = (a: MessageOrder, b: MessageOrder) => a.code - b.code || Number(!!a.handshake) - Number(!!b.handshake) || Number(!!a.codeFromText) - Number(!!b.codeFromText);
type MessageOrder = Pick<Message, 'code' | 'handshake' | 'codeFromText'>;

export function buildCatalogue(
  codes: readonly CodeData[],
  sources: readonly { id: string; data: MessageFile }[],
  protocols: readonly { id: string; data: Protocol }[],
): Catalogue {
  // The operating systems' texts first, then every other source by name. Where a library prints
  // the same text as the system it runs on ("Connection reset by peer"), search names the first
  // (matcher.ts telling keeps the first of equals) unless the line names the library by a marker:
  // the system's text is where the words come from, and what a reader of any library pastes.
  const sortedSources = [...sources]
    .map((s) => ({ ...s.data, id: idOf(s.id) }))
    .sort((a, b) => Number(a.kind !== 'system') - Number(b.kind !== 'system') || a.id.localeCompare(b.id));
  const sortedProtocols = [...protocols].map((p) => ({ ...p.data, id: idOf(p.id) })).sort((a, b) => a.id.localeCompare(b.id));
  const uses = new Map<number, ProtocolUse[]>();
  for (const p of sortedProtocols) {
    for (const c of p.codes) uses.set(c.code, [...(uses.get(c.code) ?? []), { ...c, protocolId: p.id, protocol: p }]);
  }
  const registered = new Set(codes.map((c) => c.code));
  const protocolNumbers = new Map([...uses.entries()].sort(([a], [b]) => a - b));
  const numberPages = [...protocolNumbers.keys()].filter((n) => !registered.has(n));
  return {
    codes,
    sources: sortedSources,
    messages: sortedSources.flatMap((s) => s.messages.map((m, index) => ({ ...m, sourceId: s.id, source: s.source, index })).sort(byCode)),
    protocols: sortedProtocols,
    protocolNumbers,
    numberPages,
    pages: new Set([...registered, ...numberPages]),
  };
}
