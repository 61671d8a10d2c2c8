import type { Claim } from '../claims/document.ts';
import { entityKey, eventKey } from '../reference/keys.ts';

/** The reference keys a claim needs: all are asked in one round for the whole article. */
export function keysFor(claim: Claim): string[] {
  const f = claim.figure;
  const fr = claim.framing;
  const event = fr.event?.id;
  if (f.kind === 'date') return event ? [eventKey('event_date', event)] : [];
  // A few keys a claim: an array that skips repeats is cheaper than a set.
  const keys: string[] = [];
  const add = (k: string) => {
    if (!keys.includes(k)) keys.push(k);
  };
  if (!fr.measure || f.kind === 'ordinal') return [];
  // A bare duration ("six months") with no event has nothing to be the length of.
  if (fr.measure === 'duration' && !event) return [];
  const lead: string[] = [];
  for (const e of fr.entities) if (e.role !== 'context') lead.push(e.id);
  for (const e of lead) add(entityKey(fr.measure, e));
  if (event) add(eventKey(fr.measure, event));
  if (f.kind === 'duration' && event) {
    // A duration can be read directly, or computed from the event's dates.
    add(eventKey('duration', event));
    add(eventKey('event_date', event));
  }
  if (f.kind === 'ratio') for (const e of lead) add(entityKey(`${fr.measure}_ratio`, e));
  // Money in another currency is compared through a rate, where the table holds one.
  if (f.kind === 'money' && f.unit && f.unit !== 'USD') add(entityKey('exchange_rate', f.unit.toLowerCase()));
  return keys;
}
