import { isAscii, isUtf8 } from 'node:buffer';

/**
 * Bytes → text, in the order browsers and feed readers trust the signals: a byte-order mark, then the
 * charset of the Content-Type header, then what the document says about itself (an XML declaration
 * or a `<meta charset>` in its first 1024 bytes), then UTF-8. Node 20 ships full ICU, so TextDecoder
 * knows every WHATWG label (windows-1251, koi8-r, iso-8859-2, gb18030, shift_jis, …).
 *
 * Unlike a browser, a label the bytes disprove loses (mislabelled pages are common, and a reader sees
 * mojibake where we would extract nothing):
 * - non-ASCII bytes that form valid UTF-8 are UTF-8, whatever legacy charset is declared — text in
 *   windows-1251, latin-1 and the like is practically never valid UTF-8 by chance;
 * - a declared UTF-8 that the bytes break falls back to the document's own declaration, if it names
 *   another charset (a server default `charset=utf-8` over a `<meta charset=windows-1251>` page).
 */
export function decodeBody(body: Buffer, contentType: string | null): string {
  // fatal: false — one bad byte must not cost the whole page; it becomes U+FFFD.
  return new TextDecoder(chooseEncoding(body, contentType)).decode(body);
}

/** The WHATWG encoding name decodeBody uses for `body`. */
export function chooseEncoding(body: Buffer, contentType: string | null): string {
  const bom = bomEncoding(body);
  if (bom !== null) return bom;
  const header = usable(charsetOf(contentType));
  const inDocument = usable(declaredCharset(body));
  const label = header ?? inDocument ?? 'utf-8';
  const utf8 = utf8Verdict(body);
  if (label !== 'utf-8' && utf8 === 'valid') return 'utf-8';
  if (label === 'utf-8' && utf8 === 'invalid' && inDocument !== null && inDocument !== 'utf-8') return inDocument;
  return label;
}

/** 'ascii': no byte ≥ 0x80, every label reads it alike; otherwise whether the bytes are valid UTF-8. */
function utf8Verdict(body: Buffer): 'ascii' | 'valid' | 'invalid' {
  if (isAscii(body)) return 'ascii';
  return isUtf8(body) ? 'valid' : 'invalid';
}

function bomEncoding(body: Buffer): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return null;
}

/** The `charset` parameter of a Content-Type value, unquoted, or null. */
export function charsetOf(contentType: string | null): string | null {
  if (contentType === null) return null;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m?.[2] ?? null;
}

// Without a BOM the bytes are ASCII-compatible, so a declared UTF-16 is a lie (HTML spec "prescan"
// rule); and a label TextDecoder does not know is no signal at all.
function usable(label: string | null): string | null {
  if (label === null) return null;
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}

// Reading the head as latin1 keeps every byte as one char, whatever the real encoding is.
function declaredCharset(body: Buffer): string | null {
  const head = body.subarray(0, 1024).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1] ?? null;
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(head);
  return meta?.[1] ?? null;
}
