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
