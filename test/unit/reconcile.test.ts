import { describe, expect, it } from 'vitest';
import { changeId, reconcile, ReconcilePolicySchema, seedRegistry } from '../../src/core/reconcile/index.js';
import type { KnownSignatory, ReconcilePolicyInput, TrustedClaim } from '../../src/core/reconcile/index.js';
import type { Change, RegistryState, Status } from '../../src/core/schemas/index.js';

const T1 = new Date('2024-06-12T10:00:00.000Z');
const T2 = new Date('2024-06-13T10:00:00.000Z');
const T3 = new Date('2024-06-14T10:00:00.000Z');

type Fact = { status: Status; date: string | null };

function claim(over: Partial<TrustedClaim> & Pick<TrustedClaim, 'party' | 'status'>): TrustedClaim {
  return {
    date: null,
    evidence: `${over.party} ${over.status}`,
    url: 'https://www.press.example/2024/06/12/g7',
    sourceId: 'press',
    published: '2024-06-12',
    confidence: 0.9,
    trust: 'press',
    ...over,
  };
}

function seed(signatories: KnownSignatory[], hub = 'UA'): RegistryState {
  return seedRegistry({ hub, asOf: '2024-06-01', signatories });
}

const signed = (party: string, date: string | null = null): KnownSignatory => ({ party, status: 'signed', date });
const policyOf = (over: ReconcilePolicyInput = {}) => ReconcilePolicySchema.parse(over);
const brief = (c: Change) => ({ party: c.party, kind: c.kind, from: c.from, to: c.to });

describe('seedRegistry', () => {
  it('marks the known list as seeded at asOf, with no claims', () => {
    const state = seedRegistry({
      hub: 'UA',
      asOf: '2024-06-01',
      signatories: [{ party: 'GB', status: 'signed', date: '2024-01-12', place: 'Kyiv', sources: ['https://gov.uk/a'] }, signed('DE')],
    });
    expect(state).toEqual({
      hub: 'UA',
      pending: {},
      entries: {
        GB: { party: 'GB', status: 'signed', date: '2024-01-12', place: 'Kyiv', firstSeen: '2024-06-01T00:00:00.000Z', lastSeen: '2024-06-01T00:00:00.000Z', seeded: true, sources: ['https://gov.uk/a'], claims: [] },
        DE: { party: 'DE', status: 'signed', date: null, place: null, firstSeen: '2024-06-01T00:00:00.000Z', lastSeen: '2024-06-01T00:00:00.000Z', seeded: true, sources: [], claims: [] },
      },
    });
  });

  it('refuses a party listed twice or the hub itself', () => {
    expect(() => seed([signed('GB'), signed('GB')])).toThrow(/twice/);
    expect(() => seed([signed('UA')])).toThrow(/hub/);
  });
});

describe('ReconcilePolicySchema', () => {
  it('has the documented defaults and rejects unknown keys', () => {
    expect(policyOf()).toEqual({ minSources: 2, minConfidence: 0.6, officialConfirms: true, maxEvidencePerEntry: 20 });
    expect(() => ReconcilePolicySchema.parse({ minSource: 2 })).toThrow();
  });
});

describe('changeId', () => {
  it('is a deterministic, BullMQ-safe digest of the facts', () => {
    const id = changeId('ES', 'new', { status: 'signed', date: '2024-05-27' });
    expect(id).toMatch(/^c[0-9a-f]{24}$/);
    expect(changeId('ES', 'new', { status: 'signed', date: '2024-05-27' })).toBe(id);
    expect(changeId('ES', 'new', { status: 'signed', date: null })).not.toBe(id);
    expect(changeId('ES', 'date', { status: 'signed', date: '2024-05-27' })).not.toBe(id);
  });
});

describe('reconcile: the seed case (one press article, 2024-06-12)', () => {
  const known = seed([signed('GB', '2024-01-12'), signed('DE', '2024-02-16'), signed('FR', '2024-02-16')]);
  const claims = [
    claim({ party: 'US', status: 'planned', date: '2024-06-13', confidence: 0.9 }),
    claim({ party: 'ES', status: 'signed', date: '2024-05-27', confidence: 0.9 }),
    ...['GB', 'DE', 'FR', 'CA', 'NL'].map((party) => claim({ party, status: 'signed', confidence: 0.7 })),
  ];
  const first = reconcile({ state: known, claims, policy: policyOf(), now: T1 });

  it('confirms exactly the four parties beyond the known list', () => {
    expect(first.changes.map(brief)).toEqual([
      { party: 'US', kind: 'new', from: null, to: { status: 'planned', date: '2024-06-13' } },
      { party: 'ES', kind: 'new', from: null, to: { status: 'signed', date: '2024-05-27' } },
      { party: 'CA', kind: 'new', from: null, to: { status: 'signed', date: null } },
      { party: 'NL', kind: 'new', from: null, to: { status: 'signed', date: null } },
    ]);
    for (const c of first.changes) {
      expect(c).toMatchObject({ confirmed: true, detectedAt: T1.toISOString(), confirmedAt: T1.toISOString() });
      expect(c.id).toBe(changeId(c.party, c.kind, c.to));
      expect(c.claims).toHaveLength(1);
      expect(c.claims[0]).toMatchObject({ site: 'press.example', trust: 'press', url: claims[0]!.url });
    }
    expect(first.pendingTouched).toEqual([]);
    expect(first.state.pending).toEqual({});
  });

  it('creates new entries and keeps known ones, adding the article as evidence', () => {
    expect(first.state.entries['US']).toMatchObject({ status: 'planned', date: '2024-06-13', seeded: false, place: null, firstSeen: T1.toISOString(), lastSeen: T1.toISOString(), sources: [claims[0]!.url] });
    expect(first.state.entries['GB']).toMatchObject({ status: 'signed', date: '2024-01-12', seeded: true, firstSeen: '2024-06-01T00:00:00.000Z', lastSeen: T1.toISOString() });
    expect(first.state.entries['GB']!.claims).toHaveLength(1);
  });

  it('finds nothing new when the same batch is read again', () => {
    const second = reconcile({ state: first.state, claims, policy: policyOf(), now: T2 });
    expect(second.changes).toEqual([]);
    expect(second.pendingTouched).toEqual([]);
    expect(second.state).toEqual(first.state);
  });

  it('gives the same change ids when replayed on the original state', () => {
    const replay = reconcile({ state: known, claims, policy: policyOf(), now: T3 });
    expect(replay.changes.map((c) => c.id)).toEqual(first.changes.map((c) => c.id));
  });
});

type Run = { claims: TrustedClaim[]; changes: Array<ReturnType<typeof brief>>; pending?: Array<Pick<Change, 'party' | 'kind' | 'to'>> };
type Case = { name: string; known: KnownSignatory[]; policy?: ReconcilePolicyInput; hub?: string; runs: Run[]; entry?: { party: string; status: Status; date: string | null } };

const A = 'https://www.press-a.example/story';
const B = 'https://press-b.example/story';
const A2 = 'https://press-a.example/other-story';
const GOV = 'https://www.gov.example/news/1';

const to = (status: Status, date: string | null = null): Fact => ({ status, date });
const entryOf = (party: string, status: Status, date: string | null = null): KnownSignatory => ({ party, status, date });

const cases: Case[] = [
  {
    name: 'an old "will sign" article read after the signing never moves the entry back',
    known: [signed('ES', '2024-05-27')],
    runs: [{ claims: [claim({ party: 'ES', status: 'planned', date: '2024-05-27', published: '2024-05-20' })], changes: [], pending: [] }],
    entry: { party: 'ES', status: 'signed', date: '2024-05-27' },
  },
  {
    name: 'within a batch, claims apply in publication order: planned then signed, two changes',
    known: [],
    runs: [
      {
        claims: [
          claim({ party: 'JP', status: 'signed', date: '2024-06-13', published: '2024-06-13', url: B }),
          claim({ party: 'JP', status: 'planned', date: '2024-06-13', published: '2024-06-10', url: A }),
        ],
        changes: [
          { party: 'JP', kind: 'new', from: null, to: to('planned', '2024-06-13') },
          { party: 'JP', kind: 'status', from: to('planned', '2024-06-13'), to: to('signed', '2024-06-13') },
        ],
      },
    ],
    entry: { party: 'JP', status: 'signed', date: '2024-06-13' },
  },
  {
    name: 'a low-confidence claim from one site stays pending; a second site confirms it',
    known: [],
    runs: [
      { claims: [claim({ party: 'CA', status: 'signed', confidence: 0.4, url: A })], changes: [], pending: [{ party: 'CA', kind: 'new', to: to('signed') }] },
      // Another article on the same site (www. or not) is not a second voice.
      { claims: [claim({ party: 'CA', status: 'signed', confidence: 0.4, url: A2 })], changes: [], pending: [{ party: 'CA', kind: 'new', to: to('signed') }] },
      { claims: [claim({ party: 'CA', status: 'signed', confidence: 0.4, url: B })], changes: [{ party: 'CA', kind: 'new', from: null, to: to('signed') }], pending: [] },
    ],
    entry: { party: 'CA', status: 'signed', date: null },
  },
  {
    name: 'one official source confirms alone',
    known: [],
    runs: [{ claims: [claim({ party: 'DK', status: 'signed', date: '2024-02-23', confidence: 0.3, trust: 'official', url: GOV })], changes: [{ party: 'DK', kind: 'new', from: null, to: to('signed', '2024-02-23') }] }],
  },
  {
    name: 'an official source does not confirm alone when the policy says so',
    known: [],
    policy: { officialConfirms: false },
    runs: [{ claims: [claim({ party: 'DK', status: 'signed', confidence: 0.3, trust: 'official', url: GOV })], changes: [], pending: [{ party: 'DK', kind: 'new', to: to('signed') }] }],
  },
  {
    name: 'a date is set on an entry that had none',
    known: [signed('ES')],
    runs: [{ claims: [claim({ party: 'ES', status: 'signed', date: '2024-05-27', confidence: 0.7 })], changes: [{ party: 'ES', kind: 'date', from: to('signed'), to: to('signed', '2024-05-27') }] }],
    entry: { party: 'ES', status: 'signed', date: '2024-05-27' },
  },
  {
    name: 'a known date is corrected only by a second site, whatever the confidence',
    known: [signed('ES', '2024-05-27')],
    runs: [
      { claims: [claim({ party: 'ES', status: 'signed', date: '2024-05-28', confidence: 0.99, url: A })], changes: [], pending: [{ party: 'ES', kind: 'date', to: to('signed', '2024-05-28') }] },
      { claims: [claim({ party: 'ES', status: 'signed', date: '2024-05-28', confidence: 0.2, url: B })], changes: [{ party: 'ES', kind: 'date', from: to('signed', '2024-05-27'), to: to('signed', '2024-05-28') }], pending: [] },
    ],
    entry: { party: 'ES', status: 'signed', date: '2024-05-28' },
  },
  {
    // Replaying this batch must not reopen the first date as a correction of the second.
    name: 'a date set then corrected in one batch stays settled when the batch is read again',
    known: [signed('ES')],
    runs: [
      {
        claims: [
          claim({ party: 'ES', status: 'signed', date: '2024-05-27', published: '2024-05-27', url: A }),
          claim({ party: 'ES', status: 'signed', date: '2024-05-28', published: '2024-05-28', url: B }),
          claim({ party: 'ES', status: 'signed', date: '2024-05-28', published: '2024-05-28', url: GOV, confidence: 0.3 }),
        ],
        changes: [
          { party: 'ES', kind: 'date', from: to('signed'), to: to('signed', '2024-05-27') },
          { party: 'ES', kind: 'date', from: to('signed', '2024-05-27'), to: to('signed', '2024-05-28') },
        ],
        pending: [],
      },
    ],
    entry: { party: 'ES', status: 'signed', date: '2024-05-28' },
  },
  {
    name: 'a known date is corrected by one official source',
    known: [signed('ES', '2024-05-27')],
    runs: [{ claims: [claim({ party: 'ES', status: 'signed', date: '2024-05-28', confidence: 0.2, trust: 'official', url: GOV })], changes: [{ party: 'ES', kind: 'date', from: to('signed', '2024-05-27'), to: to('signed', '2024-05-28') }] }],
  },
  {
    name: 'a claim with no date, or the same date, changes nothing',
    known: [signed('ES', '2024-05-27')],
    runs: [{ claims: [claim({ party: 'ES', status: 'signed' }), claim({ party: 'ES', status: 'signed', date: '2024-05-27', url: B })], changes: [], pending: [] }],
    entry: { party: 'ES', status: 'signed', date: '2024-05-27' },
  },
  {
    name: 'refused: a new party can refuse',
    known: [],
    runs: [{ claims: [claim({ party: 'HU', status: 'refused' })], changes: [{ party: 'HU', kind: 'new', from: null, to: to('refused') }] }],
  },
  {
    name: 'refused: from negotiating',
    known: [entryOf('SK', 'negotiating')],
    runs: [{ claims: [claim({ party: 'SK', status: 'refused' })], changes: [{ party: 'SK', kind: 'status', from: to('negotiating'), to: to('refused') }] }],
  },
  {
    name: 'refused: from planned',
    known: [entryOf('SK', 'planned', '2024-07-01')],
    runs: [{ claims: [claim({ party: 'SK', status: 'refused' })], changes: [{ party: 'SK', kind: 'status', from: to('planned', '2024-07-01'), to: to('refused') }] }],
  },
  {
    name: 'refused: never once signed',
    known: [signed('SK', '2024-04-11')],
    runs: [{ claims: [claim({ party: 'SK', status: 'refused' })], changes: [], pending: [] }],
    entry: { party: 'SK', status: 'signed', date: '2024-04-11' },
  },
  {
    name: 'refused: a refusal can be reversed by a plan, then a signature',
    known: [entryOf('SK', 'refused')],
    runs: [
      {
        claims: [claim({ party: 'SK', status: 'planned', date: '2024-07-01', published: '2024-06-10' }), claim({ party: 'SK', status: 'signed', published: '2024-06-12', url: B })],
        changes: [
          { party: 'SK', kind: 'status', from: to('refused'), to: to('planned', '2024-07-01') },
          // The announced date is not a signing date.
          { party: 'SK', kind: 'status', from: to('planned', '2024-07-01'), to: to('signed') },
        ],
      },
    ],
    entry: { party: 'SK', status: 'signed', date: null },
  },
  {
    name: 'refused: "still negotiating" does not undo a refusal',
    known: [entryOf('SK', 'refused')],
    runs: [{ claims: [claim({ party: 'SK', status: 'negotiating' })], changes: [], pending: [] }],
  },
  {
    name: 'terminated: ignored for a party not in the registry',
    known: [],
    runs: [{ claims: [claim({ party: 'XX', status: 'terminated' })], changes: [], pending: [] }],
  },
  {
    name: 'terminated: ignored for a party that never signed',
    known: [entryOf('XX', 'planned')],
    runs: [{ claims: [claim({ party: 'XX', status: 'terminated' })], changes: [], pending: [] }],
    entry: { party: 'XX', status: 'planned', date: null },
  },
  {
    name: 'terminated: from signed',
    known: [signed('XX', '2024-03-01')],
    runs: [{ claims: [claim({ party: 'XX', status: 'terminated', date: '2024-06-10' })], changes: [{ party: 'XX', kind: 'status', from: to('signed', '2024-03-01'), to: to('terminated', '2024-06-10') }] }],
  },
  {
    name: 'terminated: from ratified, and nothing signs it again',
    known: [entryOf('XX', 'ratified', '2024-03-01')],
    runs: [
      { claims: [claim({ party: 'XX', status: 'terminated' })], changes: [{ party: 'XX', kind: 'status', from: to('ratified', '2024-03-01'), to: to('terminated') }] },
      { claims: [claim({ party: 'XX', status: 'signed', url: B })], changes: [], pending: [] },
    ],
  },
  {
    name: 'ratified over signed keeps the signing date',
    known: [signed('NL', '2024-03-01')],
    runs: [{ claims: [claim({ party: 'NL', status: 'ratified' })], changes: [{ party: 'NL', kind: 'status', from: to('signed', '2024-03-01'), to: to('ratified', '2024-03-01') }] }],
    entry: { party: 'NL', status: 'ratified', date: '2024-03-01' },
  },
  {
    name: 'signed over planned with no date does not take the announced date',
    known: [entryOf('US', 'planned', '2024-06-13')],
    runs: [{ claims: [claim({ party: 'US', status: 'signed' })], changes: [{ party: 'US', kind: 'status', from: to('planned', '2024-06-13'), to: to('signed') }] }],
  },
  {
    name: 'the hub is never a party',
    known: [],
    runs: [{ claims: [claim({ party: 'UA', status: 'signed' })], changes: [], pending: [] }],
  },
  {
    name: 'the hub comes from the state, not from the code',
    known: [],
    hub: 'PL',
    runs: [{ claims: [claim({ party: 'PL', status: 'signed' }), claim({ party: 'UA', status: 'signed' })], changes: [{ party: 'UA', kind: 'new', from: null, to: to('signed') }] }],
  },
  {
    name: 'a pending step left behind by a confirmed one is dropped',
    known: [],
    runs: [
      { claims: [claim({ party: 'IT', status: 'planned', confidence: 0.3, url: A })], changes: [], pending: [{ party: 'IT', kind: 'new', to: to('planned') }] },
      { claims: [claim({ party: 'IT', status: 'signed', date: '2024-02-24', url: B })], changes: [{ party: 'IT', kind: 'new', from: null, to: to('signed', '2024-02-24') }], pending: [] },
    ],
  },
];

describe('reconcile: rules', () => {
  it.each(cases)('$name', (c) => {
    const policy = policyOf(c.policy);
    let state = seed(c.known, c.hub);
    const times = [T1, T2, T3];
    c.runs.forEach((run, i) => {
      const out = reconcile({ state, claims: run.claims, policy, now: times[i]! });
      expect(out.changes.map(brief), `run ${i + 1} changes`).toEqual(run.changes);
      if (run.pending) {
        expect(Object.values(out.state.pending).map((p) => ({ party: p.party, kind: p.kind, to: p.to })), `run ${i + 1} pending`).toEqual(run.pending);
        for (const p of Object.values(out.state.pending)) expect(p).toMatchObject({ confirmed: false, confirmedAt: null });
      }
      for (const ch of out.changes) expect(ch.id).toBe(changeId(ch.party, ch.kind, ch.to));

      // Idempotent: the same batch against its own result finds nothing more.
      const again = reconcile({ state: out.state, claims: run.claims, policy, now: T3 });
      expect(again.changes, `run ${i + 1} replayed`).toEqual([]);
      expect(again.pendingTouched, `run ${i + 1} replayed`).toEqual([]);
      state = out.state;
    });
    if (c.entry) expect(state.entries[c.entry.party]).toMatchObject({ status: c.entry.status, date: c.entry.date });
  });
});

describe('reconcile: corroboration bookkeeping', () => {
  it('reports a pending change when created or grown, keeping its first detection time', () => {
    const policy = policyOf();
    const s0 = seed([]);
    const r1 = reconcile({ state: s0, claims: [claim({ party: 'CA', status: 'signed', confidence: 0.4, url: A })], policy, now: T1 });
    expect(r1.pendingTouched).toHaveLength(1);
    expect(r1.pendingTouched[0]).toMatchObject({ party: 'CA', kind: 'new', confirmed: false, detectedAt: T1.toISOString(), confirmedAt: null });

    const r2 = reconcile({ state: r1.state, claims: [claim({ party: 'CA', status: 'signed', confidence: 0.4, url: A2 })], policy, now: T2 });
    expect(r2.pendingTouched.map((p) => [p.detectedAt, p.claims.length])).toEqual([[T1.toISOString(), 2]]);

    const r3 = reconcile({ state: r2.state, claims: [claim({ party: 'CA', status: 'signed', confidence: 0.4, url: B })], policy, now: T3 });
    expect(r3.pendingTouched).toEqual([]);
    expect(r3.changes).toHaveLength(1);
    expect(r3.changes[0]).toMatchObject({ id: r1.pendingTouched[0]!.id, detectedAt: T1.toISOString(), confirmedAt: T3.toISOString() });
    expect(r3.changes[0]!.claims.map((e) => e.url)).toEqual([A, A2, B]);
    expect(r3.state.entries['CA']).toMatchObject({ seeded: false, firstSeen: T3.toISOString(), sources: [A, A2, B] });
  });

  it('keeps only the newest evidence on an entry', () => {
    const policy = policyOf({ maxEvidencePerEntry: 3 });
    const claims = [1, 2, 3, 4, 5].map((n) => claim({ party: 'GB', status: 'signed', url: `https://site${n}.example/a`, published: `2024-06-0${n}` }));
    const out = reconcile({ state: seed([signed('GB')]), claims, policy, now: T1 });
    expect(out.state.entries['GB']!.claims.map((e) => e.url)).toEqual(claims.slice(2).map((c) => c.url));
  });
});

describe('reconcile: purity', () => {
  const state = seed([signed('GB', '2024-01-12'), entryOf('US', 'planned', '2024-06-13')]);
  const claims = [
    claim({ party: 'US', status: 'signed', date: '2024-06-13' }),
    claim({ party: 'GB', status: 'signed', date: '2024-01-11', url: A }),
    claim({ party: 'CA', status: 'signed', confidence: 0.1, url: B }),
    claim({ party: 'GB', status: 'signed' }),
  ];

  it('does not mutate its input', () => {
    const before = structuredClone({ state, claims });
    const out = reconcile({ state, claims, policy: policyOf(), now: T1 });
    expect(out.changes).toHaveLength(1);
    expect(Object.keys(out.state.pending)).toHaveLength(2);
    expect({ state, claims }).toEqual(before);
    expect(out.state).not.toBe(state);
  });

  it('is deterministic on the same state and batch, whatever the clock', () => {
    const a = reconcile({ state, claims, policy: policyOf(), now: T1 });
    const b = reconcile({ state, claims, policy: policyOf(), now: T2 });
    expect(b.changes.map((c) => c.id)).toEqual(a.changes.map((c) => c.id));
    expect(b.pendingTouched.map((c) => c.id)).toEqual(a.pendingTouched.map((c) => c.id));
    expect(Object.keys(b.state.pending)).toEqual(Object.keys(a.state.pending));
  });
});
