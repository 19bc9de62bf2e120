/** An OpenSearch 1.1 description document for one locale's search page. */
export function openSearchXml(opts: { shortName: string; description: string; searchPage: string; language: string; icon: string }): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${esc(opts.shortName.slice(0, 16))}</ShortName>
  <Description>${esc(opts.description)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${esc(opts.language)}</Language>
  <Image width="32" height="32" type="image/svg+xml">${esc(opts.icon)}</Image>
  <Url type="text/html" method="get" template="${esc(opts.searchPage)}?q={searchTerms}"/>
</OpenSearchDescription>
`;
}
