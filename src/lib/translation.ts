import { createHash } from 'node:crypto';

/**
 * Translations carry prose only; facts stay in the English entry. Each translation records the
 * revision of the English it translates (a hash of the English prose fields), so a change to the
 * English shows which translations are now behind.
 */

/** The prose fields of a code entry that translations carry. */
export const codeProseFields = ['summary', 'description', 'whenYouSeeIt', 'howToFix'] as const;

/** A short, stable hash of the given fields of an English entry. */
export function proseHash(entry: Record<string, unknown>, fields: readonly string[] = codeProseFields): string {
  const text = fields.map((f) => `${f}\u0000${String(entry[f] ?? '').trim()}`).join('\u0001');
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** The prose fields of a pair comparison that translations carry. */
export const pairProseFields = ['difference', 'tellApart', 'mixedUp', 'whichToSend'] as const;

/** The English a guide translation translates: its title, summary and MDX body. */
export function guideProseHash(data: { title: string; summary: string }, body: string): string {
  return proseHash({ title: data.title, summary: data.summary, body }, ['title', 'summary', 'body']);
}

/** The English a protocol translation translates: what it is and what each code means. */
export function protocolProseHash(data: { about: string; codes: readonly { code: number; meaning: string }[] }): string {
  return proseHash({ about: data.about, meanings: data.codes.map((c) => `${c.code}\u0002${c.meaning.trim()}`).join('\u0003') }, ['about', 'meanings']);
}

/** The English a message-file translation translates: the "when" of every message, in order. */
export function messagesProseHash(data: { messages: readonly { when: string }[] }): string {
  return proseHash({ when: data.messages.map((m) => m.when.trim()).join('\u0003') }, ['when']);
}

export type ProseKind = 'codes' | 'pairs' | 'guides' | 'protocols' | 'messages';

/** The hash of an English content file's prose, chosen by its kind; `body` is the Markdown body. */
export function englishProseHash(kind: ProseKind, data: Record<string, unknown>, body = ''): string {
  switch (kind) {
    case 'codes': return proseHash(data);
    case 'pairs': return proseHash(data, pairProseFields);
    case 'guides': return guideProseHash(data as { title: string; summary: string }, body);
    case 'protocols': return protocolProseHash(data as Parameters<typeof protocolProseHash>[0]);
    case 'messages': return messagesProseHash(data as Parameters<typeof messagesProseHash>[0]);
  }
}
