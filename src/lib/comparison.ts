import type { UiKey } from '../i18n/en.ts';
import { classOf, rangeClasses, type RangeClass } from './ranges.ts';
import type { CodeData } from './schema.ts';

/**
 * The comparison model: the facts of two codes side by side, and advice derived from them.
 * Everything here is computed from the entries' structured facts, never from their prose,
 * so a comparison page says something its two code pages do not.
 */

/** A translatable value: a dictionary key with its placeholders, or literal text. */
export type Text = { key: UiKey; vars?: Record<string, string | number | Text> } | { text: string };

export const factKeys = ['kind', 'range', 'sender', 'onTheWire', 'browserClose', 'reconnect', 'spec'] as const;
export type FactKey = (typeof factKeys)[number];

export interface FactRow {
  fact: FactKey;
  a: Text;
  b: Text;
  /** Whether the two values differ: the rows a reader should look at first. */
  differs: boolean;
}

/**
 * A web page's WebSocket.close(code) accepts only 1000 and 3000–4999 and throws
 * InvalidAccessError otherwise (WHATWG WebSockets Standard, close() steps).
 */
export function browserMayClose(code: number): boolean {
  return code === 1000 || (code >= 3000 && code <= 4999);
}

/** One code's facts as displayable values, in the order of factKeys. */
export function factValues(data: CodeData): Record<FactKey, Text> {
  const cls = classOf(data.code);
  return {
    kind: { key: `kind.${data.kind}` },
    range: rangeText(cls),
    sender: { key: `sender.${data.sender}` },
    onTheWire: { key: data.onTheWire ? 'onTheWire.yes' : 'onTheWire.no' },
    browserClose: { key: browserMayClose(data.code) ? 'browserClose.yes' : 'browserClose.no' },
    reconnect: { key: `reconnect.${data.reconnect}` },
    spec: { text: data.specs[0]!.title },
  };
}

export function rangeText(cls: RangeClass): Text {
  const { from, to } = rangeClasses[cls];
  return { key: 'range.named', vars: { name: { key: `range.${cls}` }, from, to } };
}

const same = (x: Text, y: Text) => JSON.stringify(x) === JSON.stringify(y);

/** The key-differences table: differing facts first, then shared ones, each group in factKeys order. */
export function compareFacts(a: CodeData, b: CodeData): FactRow[] {
  const fa = factValues(a);
  const fb = factValues(b);
  const rows = factKeys.map((fact) => ({ fact, a: fa[fact], b: fb[fact], differs: !same(fa[fact], fb[fact]) }));
  return [...rows.filter((r) => r.differs), ...rows.filter((r) => !r.differs)];
}

/** What to do with one code: may you send it, may a browser, and whether to reconnect after it. */
export function usageAdvice(data: CodeData): Text[] {
  const vars = { code: data.code };
  if (!data.onTheWire) return [{ key: 'use.neverSend', vars }, { key: `use.reconnect.${data.reconnect}`, vars }];
  const who: UiKey = data.sender === 'client' ? 'use.clientOnly' : data.sender === 'server' ? 'use.serverOnly' : 'use.either';
  const browser: UiKey = browserMayClose(data.code) ? 'use.browserCan' : 'use.browserCannot';
  return [{ key: who, vars }, { key: browser, vars }, { key: `use.reconnect.${data.reconnect}`, vars }];
}

/** The introduction's first sentence: whether the two codes share a range. */
export function introText(a: CodeData, b: CodeData): { sameRange: boolean; a: RangeClass; b: RangeClass } {
  const ca = classOf(a.code);
  const cb = classOf(b.code);
  return { sameRange: ca === cb, a: ca, b: cb };
}

/**
 * The decisive difference between two codes that no written comparison covers, in one sentence,
 * from the facts in order of how much they tell apart: whether the code crosses the wire, who
 * sends it, its range, what to do after it; else only the meaning differs.
 */
export function decisiveDifference(a: CodeData, b: CodeData): Text {
  const vars = { a: a.code, b: b.code };
  if (a.onTheWire !== b.onTheWire) {
    const [local, wire] = a.onTheWire ? [b, a] : [a, b];
    return { key: 'lead.wire', vars: { local: local.code, wire: wire.code } };
  }
  if (a.sender !== b.sender) return { key: 'lead.sender', vars: { ...vars, senderA: { key: `sender.${a.sender}` }, senderB: { key: `sender.${b.sender}` } } };
  if (classOf(a.code) !== classOf(b.code)) return { key: 'lead.range', vars: { ...vars, rangeA: rangeText(classOf(a.code)), rangeB: rangeText(classOf(b.code)) } };
  if (a.reconnect !== b.reconnect) return { key: 'lead.reconnect', vars: { ...vars, reconnectA: { key: `reconnect.${a.reconnect}` }, reconnectB: { key: `reconnect.${b.reconnect}` } } };
  return { key: 'lead.meaning', vars };
}

/** The decision for whoever sends a close, for each code of a pair. */
export function senderDecision(data: CodeData): Text {
  const vars = { code: data.code };
  if (!data.onTheWire) return { key: 'use.neverSend', vars };
  if (data.sender === 'client') return { key: 'decide.sendClient', vars };
  if (data.sender === 'server') return { key: 'decide.sendServer', vars };
  return { key: browserMayClose(data.code) ? 'decide.sendEitherBrowser' : 'decide.sendEither', vars };
}
