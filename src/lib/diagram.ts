import type { Text } from './comparison.ts';
import type { CodeData } from './schema.ts';

/**
 * The close handshake of one code as a sequence diagram: two lifelines and the messages between
 * them, computed from the code's facts (who sends it, whether it may cross the wire). The SVG
 * component only draws what this returns.
 */

export type Side = 'client' | 'server';

export interface Arrow {
  from: Side;
  label: Text;
  /** The frame that carries the code, drawn in the code's colour; the reply is neutral. */
  carriesCode: boolean;
}

export interface Diagram {
  /** Messages from top to bottom. */
  arrows: Arrow[];
  /** For codes that never cross the wire: the struck-out frame and where the code is set. */
  local?: { label: Text; note: Text };
  note?: Text;
  /** The text alternative for screen readers. */
  description: Text;
}

const other = (side: Side): Side => (side === 'client' ? 'server' : 'client');

export function diagramOf(entry: Pick<CodeData, 'code' | 'sender' | 'onTheWire'>): Diagram {
  const code = entry.code;
  if (!entry.onTheWire || entry.sender === 'none') {
    return {
      arrows: [],
      local: { label: { key: 'diagram.noFrame', vars: { code } }, note: { key: 'diagram.local', vars: { code } } },
      description: { key: 'diagram.descLocal', vars: { code } },
    };
  }
  // "either" is drawn with the client closing, and says the server may do the same.
  const sender: Side = entry.sender === 'server' ? 'server' : 'client';
  // The sentence needs the article ("Der Client", "Le client"): the fact's wording, not the lifeline label.
  const senderName: Text = { key: sender === 'client' ? 'sender.client' : 'sender.server' };
  return {
    arrows: [
      { from: sender, label: { key: 'diagram.close', vars: { code } }, carriesCode: true },
      { from: other(sender), label: { key: 'diagram.reply' }, carriesCode: false },
    ],
    ...(entry.sender === 'either' ? { note: { key: 'diagram.eitherNote' } as Text } : {}),
    description: { key: 'diagram.descSent', vars: { code, sender: senderName } },
  };
}

/** The badge under each lifeline of a local code ("1004: set locally"): its width in the drawing's units. */
export const BADGE_WIDTH = 136;

/**
 * The length a badge's text is drawn at (SVG textLength), or undefined where it fits as set: a
 * longer wording ("1004 : défini localement") is narrowed to the badge rather than spilling past
 * its edge and the drawing's. `perChar` is the average advance of the badge's bold 11-unit text.
 */
export function badgeTextLength(text: string, perChar = 6.4): number | undefined {
  const room = BADGE_WIDTH - 10;
  return text.length * perChar > room ? room : undefined;
}
