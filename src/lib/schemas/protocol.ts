import { z } from 'astro/zod';
import { closeCode, prose, sourceRef, text, unique } from './common.ts';

/**
 * content/protocols/<protocol>.yaml: a protocol or service that defines close codes of its own
 * (mostly in 4000–4999), each code traced to the protocol's specification or source.
 */

export const protocolSenders = ['client', 'server', 'either'] as const;
/** What the protocol documents a client should do after the code. */
export const protocolReconnect = ['yes', 'no', 'after-fix', 'unspecified'] as const;

export const protocolCodeSchema = z.strictObject({
  code: closeCode,
  /** The name as the protocol spells it, e.g. "Authentication failed", "Forbidden". */
  name: text(2),
  /** What it means, in the protocol's terms. */
  meaning: prose('meaning', 15),
  sender: z.enum(protocolSenders),
  reconnect: z.enum(protocolReconnect),
  /** Where this code is defined, when not the protocol's main source. */
  source: sourceRef.optional(),
  /**
   * How developers describe this code in their own words: real issue titles, as written, whose
   * threads show this code of this protocol. Shown on the number's page and searched like a code's
   * phrasings (search-index.ts).
   */
  phrasings: z.array(text(3)).default([]),
});

export const protocolSchema = z
  .strictObject({
    /** The protocol or service as readers know it, e.g. "Discord Gateway". */
    name: text(2),
    /** Words readers type for it ("discord.js", "graphql-ws"). */
    aliases: z.array(text(2)).default([]),
    /** One or two sentences on what the protocol is. */
    about: prose('about', 20),
    /** The specification or source file that defines the codes, with the version read. */
    source: sourceRef.extend({ version: text(1) }),
    codes: z.array(protocolCodeSchema).min(1, { error: 'codes: a protocol needs at least one code' }),
  })
  .superRefine((p, ctx) => unique(p.codes, (c) => c.code, ctx, 'codes', 'code'));

export type Protocol = z.output<typeof protocolSchema>;
export type ProtocolCode = z.output<typeof protocolCodeSchema>;
