import { z } from 'astro/zod';

/** Pieces shared by every content schema: sources, prose, versions. */

/** A source of a fact: an RFC section, a registry, a documentation page or a file in a repository. */
export const sourceRef = z.strictObject({
  title: z.string().trim().min(3),
  url: z.url({ protocol: /^https$/, error: 'url must be an https:// address' }),
  /** The release or commit the fact was read at, e.g. "v1.5.3" or "main @e064f32". */
  version: z.string().trim().min(1).optional(),
});
export type SourceRef = z.output<typeof sourceRef>;

/** Written prose: trimmed, at least `min` characters, named in its error. */
export const prose = (field: string, min = 20) =>
  z.string({ error: `${field} is required: write it for this site` }).trim().min(min, { error: `${field} is too short (${min} characters at least)` });

/** A short non-blank text (names, phrasings, symptoms): whitespace alone is rejected. */
export const text = (min = 3) => z.string().trim().min(min, { error: `must hold at least ${min} characters besides spaces` });

/** A close code number as a peer can send it. */
export const closeCode = z
  .int({ error: 'must be a whole number (a close code)' })
  .min(0, { error: 'a close code is 0–65535: below 0' })
  .max(65535, { error: 'a close code is 0–65535: above 65535' });

/** A list with no repeated value; `key` says what makes two items the same. */
export function unique<T>(items: readonly T[], key: (t: T) => unknown, ctx: z.RefinementCtx, field: string, what: string) {
  const seen = new Set<unknown>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: field ? [field, i] : [i], message: `${what} ${String(k)} appears twice` });
    seen.add(k);
  });
}

/** A calendar date, "2026-11-29": YAML loaders may hand it over as a Date; it is kept as text. */
export const isoDate = z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]);
