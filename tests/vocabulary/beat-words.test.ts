import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { extractFigures } from '../../shared/extract/extract.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { partyOf, sourceRank } from '../../shared/judge/select.ts';
import { unitFits } from '../../shared/reference/coverage.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import { segment } from '../../shared/split/segment.ts';
import { defaultVocabulary, VocabularyError, type CompiledVocabulary } from '../../shared/vocabulary/vocabulary.ts';
import { vocabularyFromFile } from '../../shared/vocabulary/file.ts';
import { fact } from '../helpers/facts.ts';

// A beat's words live in its vocabulary, not in the engine: the sources it trusts and whose
// figures they give, its kinds of event and the nouns that name them, its currencies, and the
// words that describe what it counts. Each is shown here on a beat the shipped one knows nothing of.

const figures = (text: string, vocabulary?: CompiledVocabulary) => extractFigures(text, segment(text).sentences, vocabulary ? { vocabulary } : {});

describe('sources, from the vocabulary', () => {
  const side = (s: string) => fact({ id: s, measure: 'm', side: s });

  it('ranks the shipped sources as the shipped vocabulary says, and any other source 1', () => {
    const v = defaultVocabulary();
    expect(sourceRank(side('sipri'), v)).toBe(0);
    expect(sourceRank(side('national-budget'), v)).toBe(3);
    expect(sourceRank(side('press-rounded'), v)).toBe(4);
    expect(sourceRank(side('a-newspaper-tally'), v)).toBe(1);
  });

  it('reads a side as a party by the longest state or authority id it starts with', () => {
    const v = vocabularyFromFile({ entities: [{ id: 'south-ossetia', name: 'South Ossetia', kind: 'authority', aliases: ['South Ossetia'] }] });
    expect(partyOf(side('armenia-health-ministry'), v)).toBe('armenia');
    expect(partyOf(side('united-states-dod'), v)).toBe('united-states');
    expect(partyOf(side('south-ossetia-authorities'), v)).toBe('south-ossetia');
    expect(partyOf(side('sipri'), v)).toBeNull();
    expect(partyOf(side('armenian-weekly'), v)).toBeNull();
  });

  it('takes a listed source at its word: its party, or none', () => {
    const v = vocabularyFromFile({ sources: [{ id: 'tass', party: 'russia' }, { id: 'armenia-press-digest' }] });
    expect(partyOf(side('tass'), v)).toBe('russia');
    expect(partyOf(side('armenia-press-digest'), v)).toBeNull();
    expect(() => vocabularyFromFile({ sources: [{ id: 'tass', party: 'kremlin' }] })).toThrow(/sources \(tass\)\.party: no entity "kremlin"/);
  });

  it("a beat's own ranking decides which fact is the main evidence", async () => {
    const text = 'In 2022 Armenia spent $1.36 billion on its armed forces.';
    const year2022 = { from: '2022-01-01', to: '2022-12-31' };
    const store = new MemoryReferenceStore([
      fact({ id: 'am-sipri', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: year2022, asOf: '2023-04-24', value: 1.36e9, side: 'sipri' }),
      fact({ id: 'am-budget', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: year2022, asOf: '2022-12-01', value: 1.35e9, side: 'national-budget' }),
    ]);
    const main = async (vocabulary: CompiledVocabulary) => {
      const doc = extractClaims(new TextEncoder().encode(text), { published: '2023-06-01', vocabulary });
      const r = await judgeClaims(doc, store, { vocabulary });
      return r.claims[0]!.evidence.find((e) => e.role === 'main')?.factId;
    };
    expect(await main(defaultVocabulary())).toBe('am-sipri');
    expect(await main(vocabularyFromFile({ sources: [{ id: 'national-budget', rank: 0 }, { id: 'sipri', rank: 2 }] }))).toBe('am-budget');
  });
});

describe('event kinds, from the vocabulary', () => {
  const strikeBeat = (nouns?: string[]) =>
    vocabularyFromFile({
      extends: 'none',
      eventKinds: [{ id: 'strike', ...(nouns ? { nouns } : {}) }],
      entities: [{ id: 'norway', name: 'Norway', kind: 'country', aliases: ['Norway'] }],
      events: [{ id: 'halden-strike-2019', name: 'the Halden strike', kind: 'strike', start: '2019-03-04', end: '2019-04-19', entities: ['norway'], aliases: ['Halden strike'] }],
    });
  const text = 'Workers at the mill began the Halden strike in March 2019. Union leaders said the walkout lasted 47 days.';
  const eventOfDuration = (v: CompiledVocabulary) => extractClaims(new TextEncoder().encode(text), { published: '2019-06-01', vocabulary: v }).claims.find((c) => c.figure.kind === 'duration')?.framing.event?.id ?? null;

  it('a common noun of a kind points at the event of that kind the article named', () => {
    expect(eventOfDuration(strikeBeat(['strike', 'walkout']))).toBe('halden-strike-2019');
  });

  it('without the noun, the same sentence names no event', () => {
    expect(eventOfDuration(strikeBeat())).toBeNull();
  });

  it('an event or a measure of a kind the vocabulary does not declare is an error', () => {
    const event = { id: 'e', name: 'E', kind: 'lockout', start: '2019', entities: [], aliases: ['the lockout'] };
    expect(() => vocabularyFromFile({ extends: 'none', events: [event] })).toThrow(/events \(e\)\.kind: no event kind "lockout" in eventKinds \(none is declared\)/);
    const measure = { id: 'days_lost', name: 'working days lost', unit: 'day', subjects: [], actions: [], eventKinds: ['lockout'] };
    expect(() => vocabularyFromFile({ extends: 'none', eventKinds: [{ id: 'strike' }], measures: [measure] })).toThrow(VocabularyError);
    expect(() => vocabularyFromFile({ extends: 'none', eventKinds: [{ id: 'strike' }, { id: 'lockout' }], events: [event], measures: [measure] })).not.toThrow();
  });

  it('the shipped beat keeps its wars: "the conflict" is the war the article named', () => {
    const kinds = defaultVocabulary().kindOfNoun;
    expect(kinds.get('conflict')).toBe('war');
    expect(kinds.get('walkout')).toBeUndefined();
  });
});

describe('currencies, from the vocabulary', () => {
  const yen = vocabularyFromFile({ currencies: [{ id: 'jpy', code: 'JPY', symbols: ['¥'], words: ['yen'] }, { id: 'chf', code: 'CHF', words: ['Swiss franc'] }] });

  it('reads a currency the beat declares by its symbol, its word and its code', () => {
    expect(figures('Tokyo set aside ¥500 billion for the plan.', yen)[0]!.figure).toMatchObject({ kind: 'money', unit: 'JPY', value: 5e11 });
    expect(figures('The museum cost 300 million yen to build.', yen)[0]!.figure).toMatchObject({ kind: 'money', unit: 'JPY', value: 3e8 });
    expect(figures('The club paid 12 million Swiss francs for him.', yen)[0]!.figure).toMatchObject({ kind: 'money', unit: 'CHF', value: 1.2e7 });
    expect(figures('Fees rose to 40 CHF a month.', yen)[0]!.figure).toMatchObject({ kind: 'money', unit: 'CHF', value: 40 });
  });

  it('reads no money where the beat declares no currency', () => {
    expect(figures('Tokyo set aside ¥500 billion for the plan.').some((f) => f.figure.kind === 'money')).toBe(false);
    const bare = vocabularyFromFile({ extends: 'none' });
    expect(figures('The plan costs $5 million.', bare).some((f) => f.figure.kind === 'money')).toBe(false);
    expect(figures('The plan costs $5 million.')[0]!.figure).toMatchObject({ kind: 'money', unit: 'USD', value: 5e6 });
  });

  it('a code in capitals only: "try" is a verb', () => {
    expect(figures('They will try 20 TRY coins and 3 try again.').filter((f) => f.figure.kind === 'money').map((f) => f.figure.text)).toEqual(['20 TRY']);
  });

  it('two currencies with one code is an error', () => {
    expect(() => vocabularyFromFile({ currencies: [{ id: 'us-dollar', code: 'USD', symbols: ['US$'] }] })).toThrow(/currencies \(us-dollar\)\.code: "USD" is also the code of usd/);
  });
});

describe('what a beat counts: modifiers and plurals, from the vocabulary', () => {
  const noun = (text: string, v?: CompiledVocabulary) => figures(text, v).find((f) => f.figure.kind === 'count')?.noun ?? null;

  it('a modifier the beat declares stands between a number and its noun', () => {
    expect(noun('The ward lost 400 nursing staff last year.')).toBeNull();
    expect(noun('The ward lost 400 nursing staff last year.', vocabularyFromFile({ modifiers: ['nursing'] }))).toBe('staff');
    // The shipped beat's own: "military" before a plural without -s.
    expect(noun('Moscow keeps 5,000 military personnel there.')).toBe('personnel');
    expect(noun('Moscow keeps 5,000 military personnel there.', vocabularyFromFile({ extends: 'none' }))).toBeNull();
  });

  it('a plural without -s the beat declares is a counted noun', () => {
    expect(noun('The synod gathered 300 clergy in May.')).toBeNull();
    expect(noun('The synod gathered 300 clergy in May.', vocabularyFromFile({ plurals: ['clergy'] }))).toBe('clergy');
  });

  it('English plurals in -men need no vocabulary', () => {
    expect(noun('The station sent 40 firemen to the blaze.', vocabularyFromFile({ extends: 'none' }))).toBe('fireman');
    expect(noun('It lists 156 servicemen.', vocabularyFromFile({ extends: 'none' }))).toBe('serviceman');
  });
});

describe("a fact's unit, read by the measure's nouns", () => {
  it('a fact counting "troops" fits a measure of people whose nouns include troop, and no other', () => {
    expect(unitFits('troops', { unit: 'person', subjects: ['peacekeeper', 'troop'] })).toBe(true);
    expect(unitFits('troops', { unit: 'person', subjects: ['voter'] })).toBe(false);
    expect(unitFits('people', { unit: 'person', subjects: [] })).toBe(true);
    expect(unitFits('nurses', { unit: 'person', subjects: ['nurse', 'midwife'] })).toBe(true);
  });
});
