import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { defaultVocabulary, VocabularyError } from '../../shared/vocabulary/vocabulary.ts';
import { vocabularyFromFile } from '../../shared/vocabulary/file.ts';

// The vocabulary file as a newsroom writes it (docs/vocabulary.md): unknown keys are errors,
// aliases match regardless of case, and an entry with a shipped id extends the shipped one.

const alliance = { id: 'nato', name: 'NATO', kind: 'alliance', aliases: ['NATO', 'the alliance'] };
const spending = { id: 'alliance_spending', name: 'defence spending of the alliance', unit: '%', subjects: [], actions: [], phrases: ['of GDP on defence'] };

const subjectsOf = (file: unknown, text: string) => {
  const v = vocabularyFromFile(file);
  const doc = extractClaims(new TextEncoder().encode(text), { published: '2024-06-20', vocabulary: v });
  return doc.claims.filter((c) => c.figure.kind === 'percent').map((c) => c.framing.entities.filter((e) => e.role === 'subject').map((e) => e.id));
};

describe('a vocabulary file', () => {
  it('rejects an unknown key with the path to it', () => {
    expect(() => vocabularyFromFile({ entities: [{ ...alliance, alias: ['Nato'] }] })).toThrow(/entities\.0: Unrecognized key: "alias"/);
    expect(() => vocabularyFromFile({ measure: [] })).toThrow(/Unrecognized key: "measure"/);
    expect(() => vocabularyFromFile({ measures: [{ ...spending, share: { parts: ['x'], of: ['y'], whole: ['z'] } }] })).toThrow(/measures\.0\.share/);
  });

  it('rejects an entity kind it does not know, an id used twice, and an entity nobody defines', () => {
    expect(() => vocabularyFromFile({ entities: [{ ...alliance, kind: 'club' }] })).toThrow(VocabularyError);
    expect(() => vocabularyFromFile({ entities: [alliance, alliance] })).toThrow(/entities\.1\.id: "nato" is defined twice/);
    expect(() => vocabularyFromFile({ extends: 'none', measures: [{ ...spending, entity: 'nato' }] })).toThrow(/measures \(alliance_spending\)\.entity: no entity "nato"/);
    expect(() => vocabularyFromFile({ extends: 'none', measures: [{ ...spending, bar: 'spending_floor' }] })).toThrow(/measures \(alliance_spending\)\.bar: no measure "spending_floor"/);
    expect(() => vocabularyFromFile({ extends: 'none', measures: [{ ...spending, changeOf: 'spending_level' }] })).toThrow(/measures \(alliance_spending\)\.changeOf: no measure "spending_level"/);
  });

  it('keeps each problem on one line, whatever the value it quotes holds', () => {
    const error = (() => {
      try {
        vocabularyFromFile({ extends: 'none', measures: [{ ...spending, eventKinds: ['\r\nflood'] }] });
      } catch (err) {
        return err as Error;
      }
      throw new Error('no error');
    })();
    for (const line of error.message.split('\n').slice(1)) expect(line).toMatch(/^ {2}\S[^\n]*: \S/);
  });

  it('matches aliases regardless of case, but a capitalised alias only with a capital', () => {
    const file = { extends: 'none', entities: [alliance, { id: 'turkey', name: 'Turkey', kind: 'country', aliases: ['Turkey'] }, { id: 'us', name: 'United States', kind: 'country', aliases: ['US'] }], measures: [spending] };
    expect(subjectsOf(file, 'Nato members spent 2.1% of GDP on defence.')).toEqual([['nato']]);
    expect(subjectsOf(file, 'TURKEY spent 2.1% of GDP on defence.')).toEqual([['turkey']]);
    expect(subjectsOf(file, 'The turkey farm spent 2.1% of GDP on defence.')).toEqual([[]]);
    expect(subjectsOf(file, 'Ask us: we spent 2.1% of GDP on defence.')).toEqual([[]]);
  });

  it('matches a case-sensitive entity only as written', () => {
    const file = { extends: 'none', entities: [{ ...alliance, caseSensitive: true }], measures: [spending] };
    expect(subjectsOf(file, 'Nato members spent 2.1% of GDP on defence.')).toEqual([[]]);
    expect(subjectsOf(file, 'NATO members spent 2.1% of GDP on defence.')).toEqual([['nato']]);
  });

  it('extends a shipped entry by id, and replaces it only when it says so', () => {
    const shipped = defaultVocabulary().source.entities.find((e) => e.id === 'azerbaijan')!;
    const extended = vocabularyFromFile({ entities: [{ id: 'azerbaijan', name: shipped.name, kind: 'country', aliases: ['Land of Fire'] }] }).source.entities.find((e) => e.id === 'azerbaijan')!;
    expect(extended.aliases).toEqual([...shipped.aliases, 'Land of Fire']);
    const replaced = vocabularyFromFile({ entities: [{ id: 'azerbaijan', name: 'Azerbaijan', kind: 'country', aliases: ['Land of Fire'], replace: true }] }).source.entities.find((e) => e.id === 'azerbaijan')!;
    expect(replaced.aliases).toEqual(['Land of Fire']);
    expect(replaced).not.toHaveProperty('replace');
  });

  it('starts from nothing with "extends": "none", and from the shipped vocabulary otherwise', () => {
    const league = { id: 'trade-league', name: 'the Trade League', kind: 'alliance', aliases: ['Trade League'] };
    expect(vocabularyFromFile({ extends: 'none', entities: [league] }).source.entities.map((e) => e.id)).toEqual(['trade-league']);
    expect(vocabularyFromFile({ entities: [league] }).source.entities.length).toBe(defaultVocabulary().source.entities.length + 1);
  });

  it('accepts the $schema key editors use', () => {
    expect(() => vocabularyFromFile({ $schema: '../schemas/vocabulary.schema.json', extends: 'none' })).not.toThrow();
  });
});
