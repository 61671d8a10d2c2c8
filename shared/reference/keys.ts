import type { ReferenceFact } from './fact.ts';

/**
 * Lookup keys: every question a claim asks of the reference table is "all facts of this
 * measure about this entity" or "all facts of this measure about this event". A fact is
 * filed under one key per entity and one for its event, so each question is one key
 * (one DynamoDB Query), whatever the table's size. docs/reference-keys.md.
 */
export const entityKey = (measure: string, entity: string) => `m=${measure}|e=${entity}`;
export const eventKey = (measure: string, event: string) => `m=${measure}|v=${event}`;

export function keysOfFact(f: ReferenceFact): string[] {
  const keys = f.entities.map((e) => entityKey(f.measure, e));
  if (f.event) keys.push(eventKey(f.measure, f.event));
  return keys;
}
