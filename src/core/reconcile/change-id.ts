import { createHash } from 'node:crypto';
import type { ChangeKind, Party, Status } from '../schemas/index.js';

/**
 * Same facts → same id, so reprocessing an article never alerts twice. `from` is left out on purpose:
 * "Spain signed on 27 May" is one fact whichever state it was detected from.
 * The `c` prefix and hex body keep it a valid BullMQ job id (no ':', never all digits).
 */
export function changeId(party: Party, kind: ChangeKind, to: { status: Status; date: string | null }): string {
  const digest = createHash('sha256').update(`${party}|${kind}|${to.status}|${to.date ?? ''}`).digest('hex');
  return `c${digest.slice(0, 24)}`;
}
