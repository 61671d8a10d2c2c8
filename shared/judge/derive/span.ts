import { EVENT_DATE } from '../../reference/keys.ts';
import { fmtDate } from '../../words.ts';
import { spanDays } from '../dates.ts';
import { fromDays, plural } from '../units.ts';
import { sourceRank } from '../select.ts';
import type { Derivation } from './derivation.ts';

/** A duration from an event's start and end dates: "the 44-day strike" = 27 September → 10 November. */
export const span: Derivation = {
  kinds: ['span'],
  when: "a duration of an event, where the table dates the event's start and end",
  derive({ claim: c, relevant, v }) {
    const event = c.framing.event;
    const unit = c.figure.unit;
    if (c.figure.kind !== 'duration' || !unit || !event) return [];
    const dated = relevant.filter((f) => f.measure === EVENT_DATE && f.date?.end && f.event === event.id);
    const best = dated.sort((a, b) => sourceRank(a, v) - sourceRank(b, v))[0];
    const days = best?.date ? spanDays(best.date) : null;
    if (!best || days === null) return [];
    const inUnit = fromDays(days, unit);
    if (inUnit === null) return [];
    const value = Math.round(inUnit * 100) / 100;
    const expression = `${fmtDate(best.date!.start)} → ${fmtDate(best.date!.end!)} = ${days} days${unit !== 'day' ? ` = ${value} ${plural(unit, value)}` : ''}`;
    return [{ kind: 'span', label: best.side ?? 'dates', text: expression, computation: { expression, value, unit, factIds: [best.id] }, facts: [best], precision: 0 }];
  },
};
