import type { Catalogue, SourcedMessage } from './catalogue.ts';
import type { CodeData } from './schema.ts';

/** Which messages a page lists, and how they are grouped: computed here so pages stay thin. */

/**
 * Up to this many messages a code page shows each in full; beyond, their wording, each source
 * linking to its page with the details (the page stays light).
 */
export const FULL_MESSAGES = 60;

/**
 * The messages of one code's page: those printed for it, and, on the page of a code that never
 * crosses the wire (1005, 1006, 1015), the messages that print a close code (`codeFromText`): they
 * print that number when a library reports it, or when a peer sends it though it must not.
 */
export function messagesFor(code: number, catalogue: Catalogue, entry?: Pick<CodeData, 'onTheWire'>): SourcedMessage[] {
  return catalogue.messages.filter((m) => !m.handshake && (m.code === code || (m.codeFromText === true && entry !== undefined && !entry.onTheWire && m.code !== code)));
}

/**
 * Messages of a failed opening handshake: hundreds of lines, all ending in 1006 in a browser. The
 * guide that explains handshakes lists them, and the code page links there.
 */
export const handshakeMessages = (catalogue: Catalogue): SourcedMessage[] => catalogue.messages.filter((m) => m.handshake === true);

/** Messages grouped by source, sources in catalogue order. */
export function messagesBySource(messages: readonly SourcedMessage[]): { sourceId: string; source: string; messages: SourcedMessage[] }[] {
  const groups = new Map<string, { sourceId: string; source: string; messages: SourcedMessage[] }>();
  for (const m of messages) {
    const g = groups.get(m.sourceId) ?? { sourceId: m.sourceId, source: m.source, messages: [] };
    g.messages.push(m);
    groups.set(m.sourceId, g);
  }
  return [...groups.values()];
}

/**
 * Where a message's file can be read: the documentation URL itself, or the file on GitHub. A
 * `file` may carry a note after its path ("lib/dispatcher/client-h1.js (lib/client.js before
 * 7.0)", "src/error.rs (denoland/fastwebsockets), surfaced by …"): the link takes the path alone,
 * in the repository the note names when it begins with one (owner/name), else the source's.
 */
export function sourceFileUrl(repo: string | undefined, file: string): string {
  if (/^https:\/\//.test(file)) return file;
  const [, path = '', other] = /^\/*([^\s:#]*)(?:\s+\(([\w.-]+\/[\w.-]+)\))?/.exec(file) ?? [];
  const where = other ?? repo;
  return where ? `https://github.com/${where}/blob/HEAD/${path}` : '#';
}

/**
 * One source's messages as its page lists them: those of a failed opening handshake first, then
 * the others by the code they report, ascending.
 */
export function sourceSections(messages: readonly SourcedMessage[]): { id: string; handshake: boolean; code?: number; messages: SourcedMessage[] }[] {
  const handshake = messages.filter((m) => m.handshake);
  const codes = [...new Set(messages.filter((m) => !m.handshake).map((m) => m.code))].sort((a, b) => a - b);
  return [
    ...(handshake.length > 0 ? [{ id: sourceSectionId(handshake[0]!), handshake: true, messages: handshake }] : []),
    ...codes.map((code) => {
      const mine = messages.filter((m) => !m.handshake && m.code === code);
      return { id: sourceSectionId(mine[0]!), handshake: false, code, messages: mine };
    }),
  ];
}

/** The id of a message's section on its source's page: "handshake" or "code-1006". */
export const sourceSectionId = (m: Pick<SourcedMessage, 'handshake' | 'code'>) => (m.handshake ? 'handshake' : `code-${m.code}`);
