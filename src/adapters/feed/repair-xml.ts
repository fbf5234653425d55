// Characters XML 1.0 forbids outright; one of them anywhere makes a strict parser reject the document.
// They become spaces: a vertical tab or form feed separated words.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
// `&` that does not start an entity or character reference ("Q&A", "AT&T", "?a=1&b=2").
const BARE_AMP = /&(?![a-z][a-z0-9]{0,31};|#\d{1,7};|#x[0-9a-f]{1,6};)/gi;
// `<` that cannot start a tag, comment, CDATA or processing instruction ("a < b", "<3").
const BARE_LT = /<(?![a-z_:!?/])/gi;
// Where the document proper starts: the XML declaration, or the root of one of the feed formats.
const DOCUMENT_START = /<\?xml\b|<(?:rss|feed|rdf:rdf|rdf)[\s>]/i;

/**
 * Cheap repairs of the mistakes that break feeds in the wild: output printed before the XML (PHP
 * notices, a stray BOM after blank lines), bare `&` and `<` in text, control characters. Not a
 * general XML fixer: unbalanced tags stay broken. Returns null when there was nothing to repair, so the
 * caller knows a second parse would fail the same way.
 */
export function repairXml(text: string): string | null {
  let out = text;
  const start = out.search(DOCUMENT_START);
  if (start > 0) out = out.slice(start);
  out = out.replace(CONTROL, ' ').replace(BARE_AMP, '&amp;').replace(BARE_LT, '&lt;');
  return out === text ? null : out;
}
