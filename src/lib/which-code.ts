import type { UiKey } from '../i18n/en.ts';

/**
 * "Which close code should I send?": each situation a server or client author meets, the code
 * RFC 6455 §7.4.1 or the IANA registry gives that situation, and the comparison that separates
 * it from the code people reach for instead. The page links every code that may be sent.
 */
export interface WhichAnswer {
  situation: UiKey;
  /** The code to send; undefined when the answer is a private-use code of your own. */
  code?: number;
  /** The comparison that settles the usual doubt. */
  against?: number;
}

export const whichAnswers: readonly WhichAnswer[] = [
  { situation: 'which.normal', code: 1000, against: 1001 },
  { situation: 'which.goingAway', code: 1001, against: 1006 },
  { situation: 'which.restart', code: 1012, against: 1001 },
  { situation: 'which.protocol', code: 1002, against: 1003 },
  { situation: 'which.dataType', code: 1003, against: 1007 },
  { situation: 'which.payload', code: 1007, against: 1008 },
  { situation: 'which.tooBig', code: 1009, against: 1008 },
  { situation: 'which.policy', code: 1008, against: 1011 },
  { situation: 'which.auth', code: 3000, against: 3003 },
  { situation: 'which.forbidden', code: 3003, against: 1008 },
  { situation: 'which.overload', code: 1013, against: 1012 },
  { situation: 'which.internal', code: 1011, against: 1006 },
  { situation: 'which.timeout', code: 3008, against: 1006 },
  { situation: 'which.extension', code: 1010, against: 1002 },
  { situation: 'which.gateway', code: 1014, against: 1011 },
  { situation: 'which.private' },
];
