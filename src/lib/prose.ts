/**
 * Entry prose is plain text where `backticks` mark code. Splitting it here (instead of running a
 * Markdown renderer over frontmatter) keeps the output free of raw HTML by construction.
 */
export interface Segment {
  code: boolean;
  text: string;
}

export function segments(text: string): Segment[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((part) => part.length > 0)
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 2 ? { code: true, text: part.slice(1, -1) } : { code: false, text: part }));
}
