/**
 * The close-code space 0–65535 as RFC 6455 §7.4.2 divides it.
 * A class is the RFC's division; a span is a piece of the space with a page of its own
 * (1000–1015 has none: each of those codes has its own page).
 */
export const rangeClasses = {
  unused: { from: 0, to: 999 },
  protocol: { from: 1000, to: 2999 },
  registered: { from: 3000, to: 3999 },
  private: { from: 4000, to: 4999 },
  invalid: { from: 5000, to: 65535 },
} as const;

export type RangeClass = keyof typeof rangeClasses;

export interface Span {
  /** URL segment, e.g. "4000-4999". */
  id: string;
  from: number;
  to: number;
  cls: RangeClass;
  /** Whether the span has a range page. */
  page: boolean;
}

const span = (from: number, to: number, cls: RangeClass, page = true): Span => ({ id: `${from}-${to}`, from, to, cls, page });

/** Every number 0–65535 falls in exactly one span; the order is ascending. */
export const spans: readonly Span[] = [
  span(0, 999, 'unused'),
  span(1000, 1015, 'protocol', false),
  span(1016, 2999, 'protocol'),
  span(3000, 3999, 'registered'),
  span(4000, 4999, 'private'),
  span(5000, 65535, 'invalid'),
];

export const rangePages: readonly Span[] = /* @__PURE__ */ spans.filter((s) => s.page);

export const MAX_CODE = 65535;

/** True for a whole number a Close frame's two-byte status field can hold. */
export function isCodeNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= MAX_CODE;
}

export function spanOf(n: number): Span {
  const found = spans.find((s) => n >= s.from && n <= s.to);
  if (!found) throw new RangeError(`${n} is not a close code number (0–${MAX_CODE})`);
  return found;
}

export function classOf(n: number): RangeClass {
  return spanOf(n).cls;
}
