/**
 * Where a long identifier may wrap: after `_`, `.`, `::`, `/` or `-`, and between a lower-case
 * letter or digit and the capital that starts the next word (CLOSE_ABNORMAL, nsIWebSocketChannel,
 * InvalidAccessError). The page puts a <wbr> between the parts and never breaks inside one.
 */
export function identifierParts(id: string): string[] {
  return id.split(/(?<=[_./-]|::)|(?<=[a-z\d])(?=[A-Z])/).filter((p) => p.length > 0);
}
