import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { publishedDate } from './page-date.js';

export interface ArticlePage {
  title: string | null;
  /** main text, paragraphs separated by a blank line */
  text: string;
  /** YYYY-MM-DD */
  published: string | null;
  canonicalUrl: string | null;
  lang: string | null;
}

/**
 * Site furniture that carries other articles' headlines ("Read also", "Most popular", tag clouds, share
 * bars, comments). Dropping it matters: a related-headline "Spain signs security pact" inside a page about
 * Greece would otherwise become a claim.
 */
const DROP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select']);
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog']);
const FURNITURE_TOKENS = [
  'related', 'read-more', 'readmore', 'read-also', 'readalso', 'also-read', 'see-also', 'more-news', 'most-popular', 'popular',
  'most-read', 'trending', 'recommended', 'recommendations', 'tags', 'tag-cloud', 'tagcloud', 'share', 'sharing', 'social',
  'comments', 'comment', 'newsletter', 'subscribe', 'subscription', 'promo', 'advert', 'advertisement', 'ads', 'ad-slot',
  'banner', 'breadcrumb', 'breadcrumbs', 'sidebar', 'menu', 'nav', 'navbar', 'footer', 'header', 'cookie', 'cookies', 'paywall',
  'teaser', 'teasers', 'outbrain', 'taboola', 'widget', 'latest-news', 'last-news', 'top-news', 'author-bio', 'byline-share',
];
const FURNITURE = new Set(FURNITURE_TOKENS);
/**
 * Where the article body usually is, most specific first — as CSS: `[itemprop="articleBody"]`, `article`,
 * `[role="main"]`, `main`, `.article-body`, `.article__body`, `.post-content`, `.entry-content`, `#content`.
 */
const MAIN_CANDIDATES: ReadonlyArray<(el: Element) => boolean> = [
  (el) => el.attribs['itemprop'] === 'articleBody',
  (el) => el.name === 'article',
  (el) => el.attribs['role'] === 'main',
  (el) => el.name === 'main',
  (el) => hasClass(el, 'article-body'),
  (el) => hasClass(el, 'article__body'),
  (el) => hasClass(el, 'post-content'),
  (el) => hasClass(el, 'entry-content'),
  (el) => el.attribs['id'] === 'content',
];
/** Elements that may be a "Read also: …" lead (with the link list after it). */
const LEAD_TAGS = new Set(['p', 'div', 'section', 'h2', 'h3', 'h4', 'strong']);
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'br', 'hr', 'dd', 'dt', 'figure']);
const HEADING_LEAD = /^\s*(?:read (?:also|more)|see also|related|more news|most popular|top news|latest news)\b/i;

/** Class/id tokens ("c-related-articles" → related, articles; "read-more-box" also whole). */
function isFurniture(el: Element): boolean {
  const attrs = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`.toLowerCase();
  if (attrs.trim() === '') return false;
  for (const raw of attrs.split(/\s+/)) {
    if (raw === '') continue;
    if (FURNITURE.has(raw)) return true;
    const parts = raw.split(/[-_]+/);
    for (let i = 0; i < parts.length; i++) {
      if (FURNITURE.has(parts[i]!)) return true;
      if (i + 1 < parts.length && FURNITURE.has(`${parts[i]}-${parts[i + 1]}`)) return true;
    }
  }
  return false;
}

/** Text with paragraph breaks, written iteratively (deep DOMs do not blow the stack). */
function blockText(root: AnyNode): string {
  const out: string[] = [];
  const stack: { node: AnyNode; closing: boolean }[] = [{ node: root, closing: false }];
  while (stack.length > 0) {
    const { node, closing } = stack.pop()!;
    if (node.type === 'text') {
      out.push((node as unknown as { data: string }).data);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') continue;
    if (node.type === 'script' || node.type === 'style') continue;
    const el = node as Element;
    const block = node.type === 'tag' && BLOCK_TAGS.has(el.name);
    if (closing) {
      if (block) out.push('\n\n');
      continue;
    }
    if (block) out.push('\n\n');
    stack.push({ node, closing: true });
    const kids = (el.children ?? []) as AnyNode[];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, closing: false });
  }
  return out
    .join('')
    .replace(/[ \t\u00a0\r\f\v]+/g, ' ')
    .split(/\n/)
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An element in domhandler's sense: htmlparser2 gives <script> and <style> their own node types. */
function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function hasClass(el: Element, name: string): boolean {
  const cls = el.attribs['class'];
  if (cls === undefined || !cls.includes(name)) return false;
  return cls.split(/[ \t\n\f\r]+/).includes(name);
}

function children(node: AnyNode): AnyNode[] {
  return ((node as Element).children ?? []) as AnyNode[];
}

/** cheerio's `.text()` of one node: the text nodes under it, in order (comments excluded). */
function textOf(root: AnyNode): string {
  if (root.type === 'text') return (root as unknown as { data: string }).data;
  let out = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') out += (node as unknown as { data: string }).data;
    else if (node.type !== 'comment') {
      const kids = children(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** The node's text when it is shorter than `limit` characters, else null (stops reading at the limit). */
/** What JavaScript's `\s` matches, by char code (the same set, so lengths agree with `/\s+/g`). */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * `textOf(root).replace(/\s+/g, ' ').length` without building either string: comparing candidate
 * containers by their text used to copy each one's whole text twice per page.
 */
function collapsedTextLength(root: AnyNode): number {
  let n = 0;
  let inSpace = false;
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      for (let i = 0; i < data.length; i++) {
        const space = isSpace(data.charCodeAt(i));
        if (!space || !inSpace) n++;
        inSpace = space;
      }
    } else if (node.type !== 'comment') {
      const kids = children(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return n;
}

function shortTextOf(root: AnyNode, limit: number): string | null {
  let out = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      out += (node as unknown as { data: string }).data;
      if (out.length >= limit) return null;
    } else if (node.type !== 'comment') {
      const kids = children(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

function nextElement(node: AnyNode): Element | null {
  let n = node.next;
  while (n && !isElement(n)) n = n.next;
  return n ?? null;
}

/** The element with the most paragraph text directly under it (the "densest block"). */
function densest($: cheerio.CheerioAPI): Element | null {
  const score = new Map<Element, number>();
  for (const p of $('p').toArray()) {
    const parent = p.parent as Element | null;
    if (!parent || parent.type !== 'tag') continue;
    score.set(parent, (score.get(parent) ?? 0) + $(p).text().replace(/\s+/g, ' ').trim().length);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

/** Site furniture (DROP_TAGS, DROP_ROLES, class/id tokens): the element and everything under it goes. */
function isDropped(el: Element, inFigure: boolean): boolean {
  const a = el.attribs;
  if (DROP_TAGS.has(el.name) || (el.name === 'figcaption' && inFigure)) return true;
  if (a['hidden'] !== undefined || a['aria-hidden'] === 'true') return true;
  const role = a['role'];
  if (role !== undefined && DROP_ROLES.has(role)) return true;
  // "article" and "body" can carry tokens like "post-share-enabled": never drop the page's main containers
  if ((a['class'] !== undefined || a['id'] !== undefined) && el.name !== 'body' && el.name !== 'html' && el.name !== 'main') return isFurniture(el);
  return false;
}

/** What the page says about itself, read before any furniture goes (a title in a <header> still counts). */
interface PageFacts {
  /** First <meta> per `attribute=value` (http-equiv lower-cased): its content. */
  meta: Map<string, string | undefined>;
  canonicalHref: string | undefined;
  canonicalSeen: boolean;
  h1: Element | null;
  title: Element | null;
  htmlLang: string | undefined;
  htmlSeen: boolean;
  jsonLd: Element[];
  time: Element | null;
}

function noteMeta(facts: PageFacts, key: string, content: string | undefined): void {
  if (!facts.meta.has(key)) facts.meta.set(key, content);
}

function noteFacts(facts: PageFacts, el: Element): void {
  const a = el.attribs;
  switch (el.name) {
    case 'meta':
      if (a['property'] !== undefined) noteMeta(facts, `property=${a['property']}`, a['content']);
      if (a['name'] !== undefined) noteMeta(facts, `name=${a['name']}`, a['content']);
      if (a['itemprop'] !== undefined) noteMeta(facts, `itemprop=${a['itemprop']}`, a['content']);
      // http-equiv, rel and type values compare case-insensitively in HTML (as css-select does)
      if (a['http-equiv'] !== undefined) noteMeta(facts, `http-equiv=${a['http-equiv'].toLowerCase()}`, a['content']);
      break;
    case 'link':
      if (!facts.canonicalSeen && a['rel']?.toLowerCase() === 'canonical') {
        facts.canonicalSeen = true;
        facts.canonicalHref = a['href'];
      }
      break;
    case 'h1':
      facts.h1 ??= el;
      break;
    case 'title':
      facts.title ??= el;
      break;
    case 'html':
      if (!facts.htmlSeen) {
        facts.htmlSeen = true;
        facts.htmlLang = a['lang'];
      }
      break;
    case 'script':
      if (a['type']?.toLowerCase() === 'application/ld+json') facts.jsonLd.push(el);
      break;
    case 'time':
      if (facts.time === null && (a['datetime'] !== undefined || a['itemprop'] === 'datePublished' || a['pubdate'] !== undefined)) facts.time = el;
      break;
  }
}

/**
 * Walk 1, over the whole document: gathers the metadata and the roots of the furniture subtrees (the
 * outermost element of each; what lies under a dropped element goes with it).
 */
function survey(root: AnyNode): { facts: PageFacts; drop: Element[] } {
  const facts: PageFacts = { meta: new Map(), canonicalHref: undefined, canonicalSeen: false, h1: null, title: null, htmlLang: undefined, htmlSeen: false, jsonLd: [], time: null };
  const drop: Element[] = [];
  // A null entry marks the end of an element's subtree: `figures` and `dropping` are unwound there.
  const stack: Array<AnyNode | null> = [...children(root)].reverse();
  const open: Element[] = [];
  let figures = 0;
  let dropping = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      const el = open.pop()!;
      if (el.name === 'figure') figures--;
      if (dropping > 0 && drop[drop.length - 1] === el) dropping = 0;
      continue;
    }
    if (!isElement(node)) continue;
    noteFacts(facts, node);
    if (dropping === 0 && isDropped(node, figures > 0)) {
      drop.push(node);
      dropping = 1;
    }
    if (node.name === 'figure') figures++;
    open.push(node);
    stack.push(null);
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return { facts, drop };
}

/**
 * Walk 2, over what is left: drops "Read also: …" leads (under 300 characters) with the list that follows
 * them, and collects the main-content candidates of each kind, in document order.
 */
function leadsAndCandidates($: cheerio.CheerioAPI, root: AnyNode): Element[][] {
  const candidates: Element[][] = MAIN_CANDIDATES.map(() => []);
  const stack: AnyNode[] = [...children(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    // a list removed as the one after a lead is still on the stack: it is gone
    if (!isElement(node) || node.parent === null) continue;
    if (LEAD_TAGS.has(node.name)) {
      const t = shortTextOf(node, 300);
      if (t !== null && HEADING_LEAD.test(t)) {
        const next = nextElement(node);
        if (next && (next.name === 'ul' || next.name === 'ol')) $(next).remove();
        $(node).remove();
        continue;
      }
    }
    for (let i = 0; i < MAIN_CANDIDATES.length; i++) if (MAIN_CANDIDATES[i]!(node)) candidates[i]!.push(node);
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return candidates;
}

function mainElement($: cheerio.CheerioAPI, candidates: Element[][]): AnyNode {
  const lengths = new Map<Element, number>();
  const textLength = (el: Element) => {
    let n = lengths.get(el);
    if (n === undefined) lengths.set(el, (n = collapsedTextLength(el)));
    return n;
  };
  for (const list of candidates) {
    if (list.length === 0) continue;
    // several <article>s (a teaser list) → the one with the most text
    const best = list.reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
    if (textLength(best) >= 200) return best;
  }
  const dense = densest($);
  if (dense) return dense;
  return ($('body').get(0) as AnyNode | undefined) ?? $.root().get(0)!;
}

function titleOf(facts: PageFacts): string | null {
  const candidates = [
    facts.meta.get('property=og:title'),
    facts.meta.get('name=twitter:title'),
    facts.h1 ? textOf(facts.h1) : undefined,
    facts.title ? textOf(facts.title) : undefined,
  ];
  for (const c of candidates) {
    const t = c?.replace(/\s+/g, ' ').trim();
    if (t) return t;
  }
  return null;
}

function canonicalOf(facts: PageFacts, url: string): string | null {
  const raw = facts.canonicalHref ?? facts.meta.get('property=og:url');
  if (!raw) return null;
  try {
    return new URL(raw.trim(), url).toString();
  } catch {
    return null;
  }
}

/**
 * Main text and metadata of an article page. One parse and two walks over the tree: the first reads the
 * metadata and finds the furniture, the second (over what is left) drops "Read also" leads and finds
 * the main-content candidates — where a selector per question would scan the whole page each time.
 */
export function parseArticlePage(html: string, url: string): ArticlePage {
  // the htmlparser2 path: several times faster than parse5 on large pages
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const root = $.root().get(0)!;
  const { facts, drop } = survey(root);
  const title = titleOf(facts);
  const published = publishedDate({
    meta: (attribute, value) => facts.meta.get(`${attribute}=${value}`),
    jsonLd: () => facts.jsonLd.map(textOf),
    timeDatetime: facts.time?.attribs['datetime'],
  });
  const canonicalUrl = canonicalOf(facts, url);
  const lang = (facts.htmlLang ?? facts.meta.get('http-equiv=content-language') ?? '').trim().toLowerCase().split(/[-_]/)[0] || null;
  for (const el of drop) $(el).remove();
  const text = blockText(mainElement($, leadsAndCandidates($, root)));
  return { title, text, published, canonicalUrl, lang };
}

/** Does this look like an HTML document (so a CLI can take text or HTML)? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  return /<(?:html|head|body|article|div|p|meta|title)[\s>]/i.test(head) && /<\/(?:p|div|body|html|article|title)>/i.test(text.slice(0, 65536));
}
