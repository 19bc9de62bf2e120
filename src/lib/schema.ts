import { z } from 'astro/zod';
import { libraryKeys } from './libraries.ts';

/**
 * The strict schema of one close-code entry (content/codes/<code>.md).
 * Unknown keys are rejected everywhere, so a typo fails the build instead of vanishing.
 * Checks that need more than one entry (duplicates, related codes) live in catalogue-checks.ts.
 */

const prose = (field: string) =>
  z.string({ error: `${field} is required: write it for this site` }).trim().min(20, { error: `${field} is too short (20 characters at least)` });

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
  code: z.int({ error: 'code must be a whole number' }).min(0).max(65535),
  /** The name the site shows in titles and lists, e.g. "Mandatory Extension". */
  name: z.string().min(2),
  /** The name exactly as the IANA WebSocket Close Code Number Registry spells it, e.g. "Mandatory Ext.". */
  ianaName: z.string().min(2),
  /** One line for lists and the home page. */
  summary: z.string().min(10).max(160),
  sender: z.enum(senders),
  /** May this code travel in a Close frame? RFC 6455 §7.4.1 forbids it for 1005, 1006, 1015. */
  onTheWire: z.boolean(),
  kind: z.enum(codeKinds),
  reconnect: z.enum(reconnectAdvice),
  /** Where the code is defined, most authoritative first. */
  specs: z.array(z.strictObject({ title: z.string().min(3), url: z.url({ protocol: /^https$/ }) })).min(1),
  /** The name each library gives the code; a library without one is left out. */
  identifiers: z.partialRecord(z.enum(libraryKeys), identifier),
  /** Exact messages libraries and browsers print for this code, with who prints them. */
  messages: z.array(z.strictObject({ text: z.string().min(3), source: z.string().min(2) })),
  /** How people describe the problem in their own words. */
  phrasings: z.array(z.string().min(3)),
  /** Codes readers mix up with this one; each must have an entry. */
  related: z.array(z.int()),
  description: prose('description'),
  whenYouSeeIt: prose('whenYouSeeIt'),
  howToFix: prose('howToFix'),
});

export type CodeData = z.output<typeof codeSchema>;
