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
const DROP_TAGS = 'script, style, noscript, template, svg, iframe, nav, header, footer, aside, form, button, select, figure figcaption, [hidden], [aria-hidden="true"]';
const DROP_ROLES = '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [role="dialog"]';
const FURNITURE_TOKENS = [
  'related', 'read-more', 'readmore', 'read-also', 'readalso', 'also-read', 'see-also', 'more-news', 'most-popular', 'popular',
  'most-read', 'trending', 'recommended', 'recommendations', 'tags', 'tag-cloud', 'tagcloud', 'share', 'sharing', 'social',
  'comments', 'comment', 'newsletter', 'subscribe', 'subscription', 'promo', 'advert', 'advertisement', 'ads', 'ad-slot',
  'banner', 'breadcrumb', 'breadcrumbs', 'sidebar', 'menu', 'nav', 'navbar', 'footer', 'header', 'cookie', 'cookies', 'paywall',
  'teaser', 'teasers', 'outbrain', 'taboola', 'widget', 'latest-news', 'last-news', 'top-news', 'author-bio', 'byline-share',
];
const FURNITURE = new Set(FURNITURE_TOKENS);
const MAIN_SELECTORS = ['[itemprop="articleBody"]', 'article', '[role="main"]', 'main', '.article-body', '.article__body', '.post-content', '.entry-content', '#content'];
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

function textLength($: cheerio.CheerioAPI, el: Element): number {
  return $(el).text().replace(/\s+/g, ' ').length;
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

function mainElement($: cheerio.CheerioAPI): AnyNode {
  for (const sel of MAIN_SELECTORS) {
    const candidates = $(sel).toArray() as Element[];
    if (candidates.length === 0) continue;
    // several <article>s (a teaser list) → the one with the most text
    const best = candidates.reduce((a, b) => (textLength($, b) > textLength($, a) ? b : a));
    if (textLength($, best) >= 200) return best;
  }
  const dense = densest($);
  if (dense) return dense;
  return ($('body').get(0) as AnyNode | undefined) ?? $.root().get(0)!;
}

function dropFurniture($: cheerio.CheerioAPI): void {
  $(DROP_TAGS).remove();
  $(DROP_ROLES).remove();
  const furniture = ($('[class], [id]').toArray() as Element[]).filter(isFurniture);
  // "article" and "body" can carry tokens like "post-share-enabled": never drop the page's main containers
  for (const el of furniture) if (el.name !== 'body' && el.name !== 'html' && el.name !== 'main') $(el).remove();
  // "Read also: …" paragraphs and their link lists
  for (const el of $('p, div, section, h2, h3, h4, strong').toArray() as Element[]) {
    const t = $(el).text();
    if (t.length < 300 && HEADING_LEAD.test(t)) {
      const next = $(el).next();
      if (next.is('ul, ol')) next.remove();
      $(el).remove();
    }
  }
}

function titleOf($: cheerio.CheerioAPI): string | null {
  const candidates = [
    $('meta[property="og:title"]').attr('content'),
    $('meta[name="twitter:title"]').attr('content'),
    $('h1').first().text(),
    $('title').first().text(),
  ];
  for (const c of candidates) {
    const t = c?.replace(/\s+/g, ' ').trim();
    if (t) return t;
  }
  return null;
}

function canonicalOf($: cheerio.CheerioAPI, url: string): string | null {
  const raw = $('link[rel="canonical"]').attr('href') ?? $('meta[property="og:url"]').attr('content');
  if (!raw) return null;
  try {
    return new URL(raw.trim(), url).toString();
  } catch {
    return null;
  }
}

export function parseArticlePage(html: string, url: string): ArticlePage {
  // the htmlparser2 path: several times faster than parse5 on large pages
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const title = titleOf($);
  const published = publishedDate($);
  const canonicalUrl = canonicalOf($, url);
  const lang = ($('html').attr('lang') ?? $('meta[http-equiv="content-language"]').attr('content') ?? '').trim().toLowerCase().split(/[-_]/)[0] || null;
  dropFurniture($);
  const text = blockText(mainElement($));
  return { title, text, published, canonicalUrl, lang };
}

/** Does this look like an HTML document (so a CLI can take text or HTML)? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  return /<(?:html|head|body|article|div|p|meta|title)[\s>]/i.test(head) && /<\/(?:p|div|body|html|article|title)>/i.test(text.slice(0, 65536));
}
