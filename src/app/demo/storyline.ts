/**
 * The demo's news: a small, fictional-but-plausible storyline released over a few minutes by two local
 * outlets. Parties are ones the demo's known list does not hold, so every step is news to pactwatch.
 * Dates are written out in full, relative to the moment the demo starts, as a wire story would.
 */

export interface Outlet {
  id: string;
  name: string;
}

export interface StoryArticle {
  outlet: string;
  slug: string;
  /** Seconds of story time after the start at which the article appears in its outlet's feed. */
  at: number;
  title: string;
  summary: string;
  paragraphs: string[];
}

export const OUTLETS: readonly Outlet[] = [
  { id: 'harbour', name: 'The Harbour Times' },
  { id: 'meridian', name: 'Meridian Post' },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function longDate(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The storyline for a demo started at `start` (the real clock: articles are dated as published now). */
export function storyline(start: Date): StoryArticle[] {
  const today = longDate(start);
  const nextWeek = longDate(new Date(start.getTime() + 7 * 86_400_000));
  return [
    {
      outlet: 'harbour',
      slug: 'world/new-zealand-ukraine-security-agreement-next-week',
      at: 0,
      title: 'New Zealand and Ukraine to sign a bilateral security agreement next week',
      summary: 'Wellington confirms the ten-year pact will be signed in Kyiv.',
      paragraphs: [
        `WELLINGTON — New Zealand and Ukraine will sign a bilateral security agreement on ${nextWeek} in Kyiv, the prime minister's office announced on ${today}.`,
        'The ten-year document covers training, demining and support for Ukraine’s defence industry, officials said.',
        'Opposition parties said they would scrutinise the text once it is published.',
      ],
    },
    {
      outlet: 'meridian',
      slug: 'business/grain-corridor-volumes',
      at: 0,
      title: 'Grain volumes through the Black Sea corridor rise again',
      summary: 'Shipments climbed for a third month.',
      paragraphs: ['ODESA — Grain shipments through the Black Sea corridor rose for a third consecutive month, port data showed.', 'Insurers said premiums had eased.'],
    },
    {
      outlet: 'harbour',
      slug: 'world/new-zealand-signs-security-agreement-with-ukraine',
      at: 40,
      title: 'New Zealand signs ten-year security agreement with Ukraine',
      summary: 'The agreement was signed earlier than planned.',
      paragraphs: [
        `KYIV — New Zealand's prime minister and President Volodymyr Zelensky signed a bilateral security agreement in Kyiv on ${today}, days earlier than first announced.`,
        'The agreement commits New Zealand to ten years of military training and reconstruction support.',
      ],
    },
    {
      outlet: 'meridian',
      slug: 'world/australia-and-ukraine-sign-security-pact',
      at: 80,
      title: 'Australia and Ukraine sign bilateral security agreement in Canberra',
      summary: 'The long-term pact covers air defence and training.',
      paragraphs: [
        `CANBERRA — Australia and Ukraine signed a bilateral security agreement on ${today}, the two governments said in a joint statement.`,
        'Canberra will fund air-defence training and armoured vehicles over the next decade.',
      ],
    },
    {
      outlet: 'harbour',
      slug: 'world/canberra-kyiv-security-deal',
      at: 85,
      title: 'Canberra and Kyiv seal long-term security deal',
      summary: 'Australia becomes the latest partner to sign.',
      paragraphs: [
        `SYDNEY — Australia signed a bilateral security agreement with Ukraine on ${today}, joining the countries that have made such commitments since 2024.`,
        'The foreign minister called the pact "a promise kept".',
      ],
    },
    {
      outlet: 'meridian',
      slug: 'world/chile-weighs-security-agreement',
      at: 60,
      title: 'Chile weighs a security agreement with Ukraine',
      summary: 'A diplomat hints at a deal; the government is silent.',
      paragraphs: [
        'SANTIAGO — Chile may sign a bilateral security agreement with Ukraine later this year, a diplomat suggested, without giving details.',
        'The foreign ministry declined to comment.',
      ],
    },
    {
      outlet: 'meridian',
      slug: 'world/korea-ukraine-security-talks',
      at: 120,
      title: 'South Korea in talks with Ukraine on a security agreement',
      summary: 'Negotiators met in Seoul this week.',
      paragraphs: [
        'SEOUL — South Korea and Ukraine have begun negotiations on a bilateral security agreement, a foreign ministry spokesperson said.',
        'No date has been set for a signing.',
      ],
    },
  ];
}
