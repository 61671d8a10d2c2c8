import type { ReferenceFact } from './fact.ts';

/**
 * Lookup keys: every question a claim asks of the reference table is "all facts of this
 * measure about this entity" or "all facts of this measure about this event". A fact is
 * filed under one key per entity and one for its event, so each question is one key
 * (one DynamoDB Query), whatever the table's size. docs/reference-keys.md.
 */
export const entityKey = (measure: string, entity: string) => `m=${measure}|e=${entity}`;
export const eventKey = (measure: string, event: string) => `m=${measure}|v=${event}`;

/**
 * The measures the engine itself knows, whatever the vocabulary (docs/reference-keys.md): the
 * dates of events, the length of an event or of anything, a distance, a currency's rate, and a
 * ratio between two entities given as such. A beat's measures are its vocabulary's.
 */
export const EVENT_DATE = 'event_date';
export const DURATION = 'duration';
export const DISTANCE = 'distance';
/** A rate fact gives units of its currency (its entity: the code in lower case) per RATE_BASE. */
export const EXCHANGE_RATE = 'exchange_rate';
export const RATE_BASE = 'USD';
/** A ratio the table gives directly ("military_expenditure_ratio" of Azerbaijan to Armenia). */
export const ratioMeasure = (measure: string) => `${measure}_ratio`;

export function keysOfFact(f: ReferenceFact): string[] {
  const keys = f.entities.map((e) => entityKey(f.measure, e));
  if (f.event) keys.push(eventKey(f.measure, f.event));
  return keys;
}
