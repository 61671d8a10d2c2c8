import { describe, expect, it } from 'vitest';
import { extractOn, testBeat } from '../helpers/judge.ts';

// Two readings of a sentence's parts. A date right after a level the figure passed on its way
// ("slipped to 4.2%, after touching 4.3% in June") is that level's alone. The whole of a
// partitive ("more than 200 of the 630 seats") is the size of the body, not the part's subject's
// count. A beat written for these tests: a council's vacancy rate and its seats.
const beat = testBeat({
  entities: [
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
    { id: 'greens', name: 'the Green Alliance', kind: 'party', aliases: ['Green Alliance', 'Greens'] },
  ],
  measures: [
    { id: 'vacancy_rate', name: 'housing vacancy rate', unit: '%', subjects: [], actions: [], phrases: ['vacancy rate'], entity: 'ruritania' },
    { id: 'council_seats', name: 'council seats won', unit: 'seat', subjects: ['seat'], actions: ['won', 'keeps', 'kept', 'holds'], phrases: [], subjectKinds: ['party'] },
  ],
});
const claims = (text: string) => extractOn(beat, { published: '2025-09-06' })(text).claims;

describe('a date after a level passed on the way', () => {
  it('is that level\'s, not the figure\'s before it', () => {
    for (const text of ['The vacancy rate slipped to 4.2%, after touching 4.3% in June.', 'The vacancy rate rose to 4.2%, before easing to 4.1% in July.']) {
      const [first, second] = claims(text);
      expect(first!.framing.time.basis, text).toBe('publication');
      expect(second!.framing.time).toMatchObject({ basis: 'explicit' });
    }
    // A date after the whole sentence's last figure still scopes the figure before it.
    const [a, b] = claims('The vacancy rate was 4.2% and the rents index 103.1 in June.');
    expect(a!.framing.time.from).toBe('2025-06');
    expect(b!.framing.time.from).toBe('2025-06');
  });
});

describe('the whole of a partitive', () => {
  it('is not the part\'s subject\'s count', () => {
    const [part, whole] = claims('The Greens keep more than 20 of the 63 seats.').filter((c) => c.figure.kind === 'count');
    expect(part!.framing.entities.find((e) => e.role === 'subject')?.id).toBe('greens');
    expect(whole!.framing.entities.find((e) => e.role === 'subject')).toBeUndefined();
  });

  it('an owner named between part and whole is the whole\'s', () => {
    const [, whole] = claims('Ruritania sent 12 of the Green Alliance\'s 30 seats back to the polls.').filter((c) => c.figure.kind === 'count');
    expect(whole!.framing.entities.find((e) => e.role === 'subject')?.id).toBe('greens');
  });
});
