import { createHash } from 'node:crypto';
import { limitStrings } from './limits.ts';
import type { LimitTable } from './schemas/limits.ts';
import { defaultLocale, localeCodes } from '../i18n/locales.ts';

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

/**
 * The English a message-file translation translates: the "when" of every message, in order, and
 * the source's name (a translation may name the source in its language).
 */
export function messagesProseHash(data: { source: string; messages: readonly { when: string }[] }): string {
  return proseHash({ when: data.messages.map((m) => m.when.trim()).join('\u0003'), source: data.source }, ['when', 'source']);
}

/** The hash of a limits table's words (limits.ts limitStrings): a changed value or note makes its translations stale. */
export function limitsProseHash(data: LimitTable): string {
  return proseHash({ strings: limitStrings(data).join('\u0003') }, ['strings']);
}

/** The kinds of English content that translations carry, each a folder of content/. */
export const proseKinds = ['codes', 'pairs', 'guides', 'protocols', 'messages', 'limits'] as const;
export type ProseKind = (typeof proseKinds)[number];
const KIND = proseKinds.join('|');
/** The locales a translation can be in: every one but the default (English). */
const LOCALE = localeCodes.filter((l) => l !== defaultLocale).join('|');

/**
 * A translation file's path or collection id, in parts: "content/translations/de/pairs/1000-vs-1001.yaml"
 * or "de/guides/idle-timeouts" → root "content/" (or ""), locale, kind and name.
 */
export function translationPath(path: string): { root: string; locale: string; kind: ProseKind; name: string } | undefined {
  const m = new RegExp(`^(.*?translations/)?(${LOCALE})/(${KIND})/([^/]+?)(?:\\.(?:ya?ml|mdx?))?$`).exec(path);
  return m ? { root: (m[1] ?? '').replace(/translations\/$/, ''), locale: m[2]!, kind: m[3] as ProseKind, name: m[4]! } : undefined;
}

/** The kind of an English content file from its folder: content/pairs/1000-vs-1001.md → "pairs". */
export const englishKindOf = (file: string): ProseKind | undefined => new RegExp(`(?:^|/)(${KIND})/[^/]+$`).exec(file)?.[1] as ProseKind | undefined;

/** The hash of an English content file's prose, chosen by its kind; `body` is the Markdown body. */
export function englishProseHash(kind: ProseKind, data: Record<string, unknown>, body = ''): string {
  switch (kind) {
    case 'codes': return proseHash(data);
    case 'pairs': return proseHash(data, pairProseFields);
    case 'guides': return guideProseHash(data as { title: string; summary: string }, body);
    case 'protocols': return protocolProseHash(data as Parameters<typeof protocolProseHash>[0]);
    case 'messages': return messagesProseHash(data as Parameters<typeof messagesProseHash>[0]);
    case 'limits': return limitsProseHash(data as LimitTable);
  }
}
