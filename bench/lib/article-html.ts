/**
 * Synthetic news pages of realistic weight (~60 KB): navigation, inline scripts, a sidebar of other
 * headlines, a footer — and an article body that sometimes reports a signing. Deterministic by index,
 * so two runs measure the same bytes.
 */
const PARTIES = ['Norway', 'Portugal', 'Belgium', 'Finland', 'Latvia', 'Denmark', 'Canada', 'Italy', 'Sweden', 'Iceland'];
const FILLER = [
  'Officials said the talks covered air defence, demining and the reconstruction of energy infrastructure.',
  'Analysts in the capital noted that the package builds on pledges made at earlier donor conferences.',
  'The ministry did not immediately respond to a request for comment on the timing of the next tranche.',
  'Markets reacted calmly to the announcement, with the currency trading flat against the euro.',
  'Parliamentary committees are expected to review the budget implications before the summer recess.',
];

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function articleHtml(index: number, base = 'http://127.0.0.1'): string {
  const rnd = lcg(index + 1);
  const party = PARTIES[index % PARTIES.length]!;
  const day = String(1 + (index % 28)).padStart(2, '0');
  const reportsSigning = index % 3 === 0;
  const lead = reportsSigning
    ? `${party} and Ukraine signed a bilateral security agreement on ${Number(day)} May, the presidential office said.`
    : `${party} announced a new humanitarian aid package for Ukraine on Tuesday.`;
  const paragraphs = [lead];
  while (paragraphs.join(' ').length < 9_000) paragraphs.push(FILLER[Math.floor(rnd() * FILLER.length)]!);
  const nav = Array.from({ length: 60 }, (_, i) => `<li><a href="${base}/section/${i}">Section ${i}</a></li>`).join('');
  const sidebar = Array.from({ length: 40 }, (_, i) => `<li><a href="${base}/news/${index}-${i}">Headline number ${i} about regional politics and the economy</a></li>`).join('');
  const script = `<script>window.__STATE__=${JSON.stringify({ ads: Array.from({ length: 300 }, (_, i) => ({ slot: i, size: [300, 250], k: 'x'.repeat(40) })) })};</script>`;
  // Tracking and consent boilerplate, as most news sites load at the end of the page.
  const tail = Array.from({ length: 12 }, (_, i) => `<script>(function(w,d){w.dl${i}=w.dl${i}||[];w.dl${i}.push({event:'pv',id:${index},slot:${i},ts:${1716000000 + i}});var s=d.createElement('script');s.async=1;s.src='${base}/static/t${i}.js?v=${index}';d.head.appendChild(s)})(window,document);</script>`).join('\n');
  const promo = Array.from({ length: 40 }, (_, i) => `<div class="promo-card"><a href="${base}/video/${index}-${i}"><img src="${base}/img/${index}-${i}.jpg" alt="Video ${i}" width="320" height="180"></a><span class="promo-title">Watch: briefing number ${i} from the front line and the capital</span></div>`).join('');
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${party} and Ukraine — story ${index}</title>
<meta property="article:published_time" content="2024-05-${day}T10:00:00Z"><link rel="canonical" href="${base}/news/${index}">
${script}<style>${'.c{color:#333}'.repeat(400)}</style></head><body>
<header><nav><ul>${nav}</ul></nav></header>
<main><article><h1>${party} and Ukraine — story ${index}</h1>${body}</article>
<aside class="related"><h2>Read more</h2><ul>${sidebar}</ul></aside>
<section class="video-promo">${promo}</section></main>
<footer>${'<p>Copyright and terms of use. All rights reserved.</p>'.repeat(30)}</footer>
${tail}</body></html>`;
}
