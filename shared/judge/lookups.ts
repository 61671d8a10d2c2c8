import type { Claim } from '../claims/document.ts';
import { entityKey, eventKey } from '../reference/keys.ts';

/** The reference keys a claim needs: all are asked in one round for the whole article. */
export function keysFor(claim: Claim): string[] {
  const f = claim.figure;
  const fr = claim.framing;
  const keys = new Set<string>();
  const lead = fr.entities.filter((e) => e.role !== 'context').map((e) => e.id);
  const event = fr.event?.id;
  if (f.kind === 'date') {
    if (event) keys.add(eventKey('event_date', event));
    return [...keys];
  }
  if (!fr.measure || f.kind === 'ordinal') return [];
  // A bare duration ("six months") with no event has nothing to be the length of.
  if (fr.measure === 'duration' && !event) return [];
  for (const e of lead) keys.add(entityKey(fr.measure, e));
  if (event) keys.add(eventKey(fr.measure, event));
  if (f.kind === 'duration' && event) {
    // A duration can be read directly, or computed from the event's dates.
    keys.add(eventKey('duration', event));
    keys.add(eventKey('event_date', event));
  }
  if (f.kind === 'ratio') for (const e of lead) keys.add(entityKey(`${fr.measure}_ratio`, e));
  // Money in another currency is compared through a rate, where the table holds one.
  if (f.kind === 'money' && f.unit && f.unit !== 'USD') keys.add(entityKey('exchange_rate', f.unit.toLowerCase()));
  return [...keys];
}
