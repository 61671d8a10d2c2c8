import type { Claim } from '../claims/document.ts';
import type { CompiledVocabulary } from '../vocabulary/vocabulary.ts';
import { DURATION, EVENT_DATE, EXCHANGE_RATE, RATE_BASE, entityKey, eventKey, ratioMeasure } from '../reference/keys.ts';

/**
 * The other measures an adjective standing alone may count ("74 dead": millers, guards or
 * passers-by): those of the read measure's unit whose actions hold the adjective.
 */
export function elidedAlternatives(claim: Claim, v: CompiledVocabulary | undefined): string[] {
  const fr = claim.framing;
  if (!v || fr.measureVia !== 'elided' || !fr.measure || !claim.figure.unit) return [];
  const word = claim.figure.unit.toLowerCase();
  const unit = v.measures.get(fr.measure)?.unit;
  const out: string[] = [];
  for (const m of v.measures.values()) if (m.id !== fr.measure && m.unit === unit && m.actions.some((a) => a.toLowerCase() === word)) out.push(m.id);
  return out;
}

/** The reference keys a claim needs: all are asked in one round for the whole article. */
export function keysFor(claim: Claim, v?: CompiledVocabulary): string[] {
  const f = claim.figure;
  const fr = claim.framing;
  const event = fr.event?.id;
  if (f.kind === 'date') return event ? [eventKey(EVENT_DATE, event)] : [];
  // A few keys a claim: an array that skips repeats is cheaper than a set.
  const keys: string[] = [];
  const add = (k: string) => {
    if (!keys.includes(k)) keys.push(k);
  };
  if (!fr.measure || f.kind === 'ordinal') return [];
  // A bare duration ("six months") with no event has nothing to be the length of.
  if (fr.measure === DURATION && !event) return [];
  const lead: string[] = [];
  for (const e of fr.entities) if (e.role !== 'context') lead.push(e.id);
  for (const e of lead) add(entityKey(fr.measure, e));
  if (event) add(eventKey(fr.measure, event));
  if (f.kind === 'duration' && event) {
    // A duration can be read directly, or computed from the event's dates.
    add(eventKey(DURATION, event));
    add(eventKey(EVENT_DATE, event));
  }
  if (f.kind === 'ratio') for (const e of lead) add(entityKey(ratioMeasure(fr.measure), e));
  for (const alt of elidedAlternatives(claim, v)) {
    for (const e of lead) add(entityKey(alt, e));
    if (event) add(eventKey(alt, event));
  }
  // Money in another currency is compared through a rate, where the table holds one.
  if (f.kind === 'money' && f.unit && f.unit !== RATE_BASE) add(entityKey(EXCHANGE_RATE, f.unit.toLowerCase()));
  return keys;
}
