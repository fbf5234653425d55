import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { timelineSvg } from '../../src/app/http/dashboard/timeline-svg.js';

const signings = [
  { party: 'GB', name: 'the United Kingdom', date: '2024-01-12' },
  { party: 'FR', name: 'France', date: '2024-02-16' },
  { party: 'DE', name: 'Germany', date: '2024-02-16' },
  { party: 'AL', name: 'Albania', date: '2025-01-21' },
];

describe('timelineSvg', () => {
  it('draws one dot per signing on a cumulative step line, deterministically', () => {
    const svg = timelineSvg(signings);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.match(/<circle class="t-dot"/g)).toHaveLength(4);
    expect(svg).toBe(timelineSvg([...signings].reverse()));
    // Cumulative: the last dot is the highest (smallest y), at the count 4.
    const ys = [...svg.matchAll(/<circle class="t-dot" cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
    expect(svg).toContain('<desc>4 dated signings from 2024-01-12 to 2025-01-21</desc>');
    expect(svg).toContain('>DE FR</text>'); // one label per date
    expect(svg).toContain('>Jan 2024</text>');
    expect(svg).toMatch(/>\w{3} 2025<\/text>/); // the year is named again when it changes
  });

  it('escapes names and skips undated or malformed dates', () => {
    const svg = timelineSvg([{ party: 'XX', name: '<script>x</script>', date: '2024-03-01' }, { party: 'YY', name: 'Y', date: 'soon' }]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt; — 2024-03-01');
    expect(svg.match(/<circle/g)).toHaveLength(1);
  });

  it('says so when there is nothing to draw', () => {
    expect(timelineSvg([])).toContain('No dated signings yet');
  });
});
