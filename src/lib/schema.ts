import { z } from 'astro/zod';
import { libraryKeys } from './libraries.ts';
import { closeCode, isoDate, prose, sourceRef, text, unique } from './schemas/common.ts';
import { slugOf } from './urls.ts';

/**
 * The strict schema of one close-code entry (content/codes/<code>.md).
 * Unknown keys are rejected everywhere, so a typo fails the build instead of vanishing.
 * Checks that need more than one entry (duplicates, related codes) live in catalogue-checks.ts.
 */


/** Who puts the code in a Close frame; `none` means the implementation sets it locally. */
export const senders = ['client', 'server', 'either', 'none'] as const;
/**
 * The kind of code, which gives it its colour everywhere: a normal end, an error the peer
 * reports, a code set locally and never sent, a server condition, or a code registered at IANA.
 */
export const codeKinds = ['normal', 'peer-error', 'local', 'server', 'registered'] as const;
/** What a client should do after seeing the code. */
export const reconnectAdvice = ['no', 'backoff', 'after-fix', 'depends'] as const;

const identifier = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

export const codeSchema = z.strictObject({
  /** The close code; must equal the file name. */
  code: closeCode,
  /** The name the site shows in titles and lists, e.g. "Mandatory Extension". */
  name: text(2).refine((n) => slugOf(n) !== '' && !slugOf(n).startsWith('vs-'), {
    error: 'name must give a URL slug of Latin letters or digits that does not start with "vs-" (the /websocket/<code>-<slug>/ alias would clash with a comparison)',
  }),
  /**
   * The meaning exactly as the IANA WebSocket Close Code Number Registry gives it: a short name
   * for most codes ("Mandatory Ext."), a sentence for 1014. tests/unit/registry.test.ts holds it
   * to a dated copy of the registry.
   */
  ianaName: text(2),
  /** What the registry records besides the name, for codes registered directly with IANA (3000–3999). */
  registration: z.strictObject({ contact: text(2), date: isoDate }).optional(),
  /** One line for lists and the home page. */
  summary: z.string().min(10).max(160),
  sender: z.enum(senders),
  /** May this code travel in a Close frame? RFC 6455 §7.4.1 forbids it for 1005, 1006, 1015. */
  onTheWire: z.boolean(),
  kind: z.enum(codeKinds),
  reconnect: z.enum(reconnectAdvice),
  /** Where the code is defined, most authoritative first. */
  specs: z.array(sourceRef).min(1),
  /** The name each library gives the code; a library without one is left out. */
  identifiers: z.partialRecord(z.enum(libraryKeys), identifier),
  /** How people describe the problem in their own words. */
  phrasings: z.array(text(3)),
  /** Codes readers mix up with this one; each must have an entry. */
  related: z.array(closeCode).superRefine((list, ctx) => unique(list, (c) => c, ctx, '', 'related code')),
  description: prose('description'),
  whenYouSeeIt: prose('whenYouSeeIt'),
  howToFix: prose('howToFix'),
});

export type CodeData = z.output<typeof codeSchema>;
