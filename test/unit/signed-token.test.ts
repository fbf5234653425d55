import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from '../../src/core/tokens/signed-token.js';

const now = new Date('2024-06-12T12:00:00Z');

describe('signed tokens', () => {
  it('round-trips and binds purpose and subject', () => {
    const t = signToken('secret-one-0123456789', 'unsubscribe', 'sabc', null);
    expect(verifyToken('secret-one-0123456789', 'unsubscribe', t, now)).toEqual({ ok: true, subject: 'sabc' });
    expect(verifyToken('secret-one-0123456789', 'manage', t, now)).toEqual({ ok: false, reason: 'wrong-purpose' });
    expect(verifyToken('another-secret-0123', 'unsubscribe', t, now)).toEqual({ ok: false, reason: 'bad-signature' });
    const forged = t.replace('sabc', 'sxyz');
    expect(verifyToken('secret-one-0123456789', 'unsubscribe', forged, now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyToken('secret-one-0123456789', 'unsubscribe', 'garbage', now)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('expires', () => {
    const t = signToken('secret-one-0123456789', 'confirm', 's1', new Date('2024-06-13T00:00:00Z'));
    expect(verifyToken('secret-one-0123456789', 'confirm', t, now).ok).toBe(true);
    expect(verifyToken('secret-one-0123456789', 'confirm', t, new Date('2024-06-14T00:00:00Z'))).toEqual({ ok: false, reason: 'expired' });
  });
});
