import { MAX_CODE, spans, type RangeClass, type Span } from './ranges.ts';

/**
 * The code-space map drawn to scale, in three rows, each linear and labelled with what it spans:
 * the whole space 0–65535 (where 5000–65535 takes 92 % of the width), 0–4999 magnified, and
 * 1000–1015 one cell per code. A zoom band joins each row to the part of the row above it shows.
 * Pure geometry in viewBox units; the component draws it.
 */

export const MAP_WIDTH = 320;
const ROW_HEIGHT = 22;
const GAP = 34;
const TOP = 16;

export interface MapRow {
  from: number;
  to: number;
  y: number;
  height: number;
  /** x of a number's start, and width of a stretch of numbers, in this row. */
  x(n: number): number;
}

function row(from: number, to: number, index: number): MapRow {
  const scale = MAP_WIDTH / (to - from + 1);
  return { from, to, y: TOP + index * (ROW_HEIGHT + GAP), height: ROW_HEIGHT, x: (n) => (Math.min(Math.max(n, from), to + 1) - from) * scale };
}

export const mapRows = [row(0, MAX_CODE, 0), row(0, 4999, 1), row(1000, 1015, 2)] as const;
export const MAP_HEIGHT = mapRows[2].y + ROW_HEIGHT + 18;

export interface MapRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A span's box in a row, clipped to it; undefined when the row does not show the span. */
export function spanRect(r: MapRow, s: { from: number; to: number }): MapRect | undefined {
  if (s.to < r.from || s.from > r.to) return undefined;
  const x = r.x(s.from);
  return { x, y: r.y, width: r.x(s.to + 1) - x, height: r.height };
}

/** The spans each row draws, with their boxes. */
export function rowSpans(r: MapRow): { span: Span; rect: MapRect; cls: RangeClass }[] {
  return spans.flatMap((span) => {
    const rect = spanRect(r, span);
    return rect && rect.width > 0 ? [{ span, rect, cls: span.cls }] : [];
  });
}

/** The zoom band from the stretch of the row above that the row below magnifies. */
export function zoomBand(above: MapRow, below: MapRow): string {
  const a0 = above.x(below.from);
  const a1 = above.x(below.to + 1);
  const top = above.y + above.height;
  return `M${a0.toFixed(2)},${top} L${a1.toFixed(2)},${top} L${MAP_WIDTH},${below.y} L0,${below.y} Z`;
}

/** A tick for a number inside a row (a registered code or a protocol's number). */
export function tick(r: MapRow, n: number): { x: number; width: number } | undefined {
  if (n < r.from || n > r.to) return undefined;
  const x = r.x(n);
  return { x, width: Math.max(1, r.x(n + 1) - x) };
}
