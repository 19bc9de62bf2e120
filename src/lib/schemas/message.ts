import { z } from 'astro/zod';
import { closeCode, prose, text, unique } from './common.ts';

/**
 * content/messages/<source>.yaml: what one library, runtime, browser, proxy or service prints
 * when a WebSocket closes or fails to open, each message traced to the file that prints it.
 */

/**
 * `system`: an operating system's own error texts (Winsock's, the C library's strerror), which
 * libraries and runtimes pass on inside their own lines.
 */
export const messageSourceKinds = ['browser', 'runtime', 'library', 'framework', 'proxy', 'service', 'system'] as const;

/** Placeholders a message may carry where its source interpolates a value. */
export const placeholderPattern = /\{([a-z]+)\}/g;

export const messageSchema = z.strictObject({
  /**
   * Exactly as the source prints it; `{code}`, `{reason}`, `{url}`, `{n}`… (lower-case letters in
   * braces) where it interpolates. Any other brace is literal text ("{1013=TRY_AGAIN_LATER,null}").
   */
  text: text(3),
  /**
   * The code page this message means for the reader. A fault found in a frame keeps that fault's
   * code (1002, 1007, 1009) even where the library then drops the connection without a Close
   * frame; `when` says what the application then sees (often 1006).
   */
  code: closeCode,
  /**
   * The number in `{code}` is the close code the reader's connection got or the application
   * closed with (aiohttp's "Received message 8:{code} is not str", Starlette's
   * "WebSocketException(code={code}, …)"), or one the peer sent that it must not send (then `code`
   * is what the library answers, usually 1002): the reader's page is that number when it has a
   * page, else `code`. Not for a `{code}` that is an HTTP status, an errno or a code the
   * application passed to close() and the library refused.
   */
  codeFromText: z.boolean().optional(),
  /**
   * No WebSocket was opened: the handshake failed, or the connection was refused before it (a
   * constructor that throws, a blocked URL). Results add that browsers report a connection that
   * fails to open as 1006.
   */
  handshake: z.boolean().optional(),
  /** The file that prints it (path in the repository), or the documentation page. */
  file: text(3),
  /** The releases that print this wording, e.g. ">= 1.5.0", "4.0–7.0", "Chromium 120+". */
  versions: text(1),
  /**
   * One line: when it is printed, ending its sentence. YAML cuts an unquoted value at " #" (a
   * comment), so a sentence that stops short is refused rather than shown cut.
   */
  when: prose('when', 15).regex(/[.!?]["')\]]*$/, { error: 'when must end its sentence with a period; if it holds " #", quote the value (YAML reads the rest as a comment)' }),
  /**
   * The language the text is printed in, when not English (a localized build, e.g. the German
   * Firefox): a BCP 47 tag, so pages mark it for readers and screen readers.
   */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'lang must be a BCP 47 tag such as "de" or "pt-BR"' }).optional(),
});

export const messageFileSchema = z
  .strictObject({
    /** The name readers know, e.g. "Node ws", "Chromium", "nginx". */
    source: text(2),
    kind: z.enum(messageSourceKinds),
    /** The GitHub repository the messages were read from, "owner/name". */
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { error: 'repo must be "owner/name"' }).optional(),
    /** The source's home or documentation page. */
    url: z.url({ protocol: /^https$/, error: 'url must be an https:// address' }),
    /** Other names people type for this source ("engine.io", "nhooyr"). */
    aliases: z.array(text(2)).default([]),
    /**
     * Names that show, inside a pasted line, that this source printed it: a package, module,
     * namespace, crate or import path, a logger's name (`org.java_websocket`, `aiohttp.websocket`,
     * `System.Net.WebSockets`). Search prefers this source's messages for a line that holds one.
     * Five characters or more, and found in the source's own tree.
     */
    markers: z.array(z.string().trim().min(5, { error: 'a marker needs at least 5 characters' })).default([]),
    messages: z.array(messageSchema).min(1, { error: 'messages: a source file needs at least one message' }),
  })
  .superRefine((file, ctx) => unique(file.messages, (m) => m.text, ctx, 'messages', 'the message text'));

export type MessageFile = z.output<typeof messageFileSchema>;
export type Message = z.output<typeof messageSchema>;
