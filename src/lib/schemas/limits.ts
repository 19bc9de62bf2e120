import { z } from 'astro/zod';
import { isoDate, sourceRef, text } from './common.ts';

/**
 * content/limits/<id>.yaml: a table of numbers (timeouts, size limits, ping intervals) where
 * every value names its source. A value nobody could trace is a note, never a guess.
 */
const cell = z.union([
  z.strictObject({ value: text(1), source: sourceRef, note: text(2).optional() }),
  z.strictObject({ note: text(2) }),
]);

export const limitTableSchema = z
  .strictObject({
    title: text(5),
    /** When the sources were read. */
    checked: isoDate,
    columns: z.array(z.strictObject({ key: z.string().regex(/^[a-zA-Z]+$/), label: text(2) })).min(1).max(4),
    rows: z
      .array(z.strictObject({ name: text(2), setting: text(2).optional(), cells: z.record(z.string(), cell) }))
      .min(1),
  })
  .superRefine((table, ctx) => {
    const keys = new Set(table.columns.map((c) => c.key));
    table.rows.forEach((row, i) => {
      for (const key of Object.keys(row.cells)) {
        if (!keys.has(key)) ctx.addIssue({ code: 'custom', path: ['rows', i, 'cells', key], message: `no column "${key}" (columns: ${[...keys].join(', ')})` });
      }
    });
  });
export type LimitTable = z.output<typeof limitTableSchema>;
