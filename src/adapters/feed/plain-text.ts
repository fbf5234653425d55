import { load } from 'cheerio';

// Tags or entities left in a title/summary: feeds routinely put escaped HTML in RSS text fields.
const LOOKS_LIKE_HTML = /<[a-z!/]|&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Feed text → one line of plain text: tags dropped, entities decoded, whitespace collapsed; '' → null. */
export function plainText(value: string | null | undefined): string | null {
  if (value == null) return null;
  let text = value;
  if (LOOKS_LIKE_HTML.test(text)) {
    // Block-level breaks would otherwise glue words together ("line<br>two" → "linetwo").
    const spaced = text.replace(/<(?:br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, '$& ');
    text = load(spaced, { xml: { xmlMode: false, decodeEntities: true } }, false).root().text();
  }
  const flat = text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return flat === '' ? null : flat;
}
