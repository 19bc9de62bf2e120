import type { LimitTable } from './schemas/limits.ts';

/**
 * The words of a limits table a translation carries: its title, column labels, and every cell's
 * value and note, each once, in table order. Platform names and setting keys are identifiers and
 * stay English. A translation maps each of these English strings to its text in one language.
 */
export function limitStrings(table: LimitTable): string[] {
  const out = new Set<string>([table.title, ...table.columns.map((c) => c.label)]);
  for (const row of table.rows) {
    for (const c of table.columns) {
      const cell = row.cells[c.key];
      if (!cell) continue;
      if ('value' in cell) out.add(cell.value);
      if (cell.note) out.add(cell.note);
    }
  }
  return [...out];
}

/** The numbers written in a text ("60 s", "32 KiB", "2026-11"): a translation must keep every one. */
export const numbersIn = (text: string): string[] => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.')).sort();

/**
 * What is wrong with a translation's strings against its table: an English string with no
 * translation, a translation of a string the table no longer has, a number lost or changed.
 */
export function limitTranslationProblems(table: LimitTable, strings: Readonly<Record<string, string>>): string[] {
  const english = limitStrings(table);
  const known = new Set(english);
  const problems: string[] = [];
  for (const s of english) {
    const t = strings[s];
    if (t === undefined) problems.push(`strings: no translation of "${s}"`);
    else if (numbersIn(s).join(' ') !== numbersIn(t).join(' ')) problems.push(`strings: "${s}" has the numbers ${numbersIn(s).join(', ') || 'none'}, its translation ${numbersIn(t).join(', ') || 'none'}`);
  }
  for (const s of Object.keys(strings)) if (!known.has(s)) problems.push(`strings: "${s}" is not in the table (any more)`);
  return problems;
}
