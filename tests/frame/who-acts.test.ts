import { describe, expect, it } from 'vitest';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A national statistic's monthly change is told with someone acting: "Millers added 800 posts".
// Who acts decides whose figure it is. The measure's whole (its own words, the names the
// vocabulary knows, the nouns it declares as `actors`) gives the whole's figure; anyone else, a
// trade, a town's carters, a storm, gives a part's figure or a cause's, and the whole's facts do
// not contradict it. A beat written for these tests: Valdonia's monthly count of mill posts.
const beat = testBeat({
  eventKinds: [],
  entities: [
    { id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] },
    { id: 'mill-office', name: 'the Mill Office', kind: 'source', aliases: ['Mill Office'] },
  ],
  measures: [
    { id: 'mill_posts_change', name: 'change in mill posts', unit: 'post', subjects: ['post'], actions: ['added', 'adding', 'cut', 'lost', 'loss', 'shed', 'rose', 'took on'], phrases: ['mill posts'], actors: ['miller', 'mill'], kind: 'change', entity: 'valdonia' },
  ],
});
const facts = [fact({ id: 'posts-2015-05', measure: 'mill_posts_change', entities: ['valdonia'], unit: 'post', period: { from: '2015-05-01', to: '2015-05-31' }, asOf: '2015-06-05', value: 1200 })];
const valley = { published: '2015-06-10', heading: 'Notes from the valley' };
const judgeText = judgeOn(beat, facts, valley);
const verdict = async (text: string) => (await judgeText(text)).find(ofKind('count'))!;

describe('who acts in a figure\'s clause', () => {
  it('the measure\'s whole, its words or a name the vocabulary knows: the whole\'s figure', async () => {
    for (const text of [
      'Millers added 800 posts in May.',
      'Mill posts rose by 800 in May.',
      'Valdonia added 800 posts in May.',
      'Valdonian millers added 800 posts in May.',
      'The Mill Office said millers nationwide had added 800 posts in May.',
      'In May the mills cut about 800 posts.',
    ]) expect((await verdict(text)).verdict, text).toBe('contradicted');
  });

  it('a date stamp in front of the page\'s text is no one acting', async () => {
    const c = (await judgeOn(beat, facts, { published: '2015-06-10' })(' date 2015-06-10 The mills cut about 800 posts in May, the Mill Office said.')).find(ofKind('count'))!;
    expect(c.verdict).toBe('contradicted');
  });

  it('a trade, a group, a town\'s workers or a cause: maybe a part\'s figure, not judged against the whole', async () => {
    for (const [text, actor] of [
      ['Carters added 800 posts in May.', 'Carters'],
      ['Rope and sail makers added 800 posts in May.', 'sail makers'],
      ['Valdonian carters added 800 posts in May.', '… carters'],
      ['The storm cut 800 posts in May, the Mill Office said.', 'The storm'],
      ['Millers added 1,200 posts in May, while weavers shed 800 posts.', 'weavers'],
      ['Both sides lost 800 posts in May.', 'Both sides'],
    ] as const) {
      const c = await verdict(text.startsWith('Millers added 1,200') ? text.replace('Millers added 1,200 posts in May, while ', 'In May, ') : text);
      expect(c.verdict, text).toBe('unverifiable');
      expect(c.abstained?.slot, text).toBe('subject');
      expect(c.explanation, text).toContain(`'${actor}' acts in its clause`);
    }
  });

  it('whoever ranks first holds the figure "with" it: "Port Vell had the most new posts, with 800", "Port Vell led with 800"', async () => {
    for (const text of ['Port Vell had the most new mill posts in May, with 800.', 'Port Vell led with 800 posts added in May.']) {
      const c = await verdict(text);
      expect(c.verdict, text).toBe('unverifiable');
      expect(c.explanation, text).toContain("'Port Vell' acts in its clause");
    }
    expect((await verdict('Valdonia had the most new mill posts in the region in May, with 800.')).verdict).toBe('contradicted');
  });

  it('a figure in brackets after a word is that word\'s: "gains were in carting (+800), weaving (+300)"', async () => {
    const claims = await judgeOn(beat, facts, { published: '2015-06-10' })('Notes from the valley\n\nMill posts added in May were mostly in carting (+800), weaving (+300).');
    for (const [figure, label] of [['800', 'carting'], ['300', 'weaving']]) {
      const c = claims.find((x) => x.figure.text === figure)!;
      expect(c.verdict, figure).toBe('unverifiable');
      expect(c.explanation, figure).toContain(`'${label}' acts in its clause`);
    }
    // (Nor the measure's whole listed among its parts: "weaving (+300) and Valdonia (+800)".)
    const listed = extractOn(beat, { published: '2015-06-10' })('Notes from the valley\n\nMill posts added in May were in carting (+300) and Valdonia (+800).');
    expect((await judgeClaims(listed, new MemoryReferenceStore(facts), { vocabulary: beat })).claims.find((x) => x.figure.text === '800')!.verdict).toBe('unverifiable');
    // (Not a word of the measure's own, a name or a time before the bracket.)
    expect((await verdict('Valdonia added mill posts in May (800 posts).')).verdict).toBe('contradicted');
  });

  it('a participle after a comma acts for the words heading the sentence: "Carting kept growing, adding 800 posts"', async () => {
    for (const text of ['Carting kept growing in May, adding 800 posts.', 'Posts in carting and rope continued to trend up in May, adding 800 posts.']) {
      expect((await verdict(text)).verdict, text).toBe('unverifiable');
    }
    expect((await verdict('Millers kept hiring in May, adding 800 posts.')).verdict).toBe('contradicted');
  });

  it('a figure set against the one before it is of the same one acting: "…, following a loss of 800 in May"', async () => {
    const of = async (text: string) => (await judgeText(text)).find((c) => c.figure.text === '800 posts')!.verdict;
    expect(await of('Carters added 300 posts in June, following a loss of 800 posts in May.')).toBe('unverifiable');
    expect(await of('Millers added 300 posts in June, following a loss of 800 posts in May.')).toBe('contradicted');
  });

  it('a dateline is where the story was filed, not whose figure it is', async () => {
    const c = (await judgeOn(beat, facts, { published: '2015-06-10' })('Notes from the valley\n\nVALDONIA - Guild members across the north lost 800 mill posts in May.')).find(ofKind('count'))!;
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('dateline');
    // (Behind a page's date line too; not a table's line, a name and a figure: "VALDONIA - 800".)
    const dated = extractOn(beat, { published: '2015-06-10' })('Notes from the valley\n\ndate 2015-06-09 VALDONIA - Guild members across the north lost 800 mill posts in May.');
    expect((await judgeClaims(dated, new MemoryReferenceStore(facts), { vocabulary: beat })).claims.find((x) => x.figure.kind === 'count')!.explanation).toContain('dateline');
  });

  it('figures paired ("respectively") with a list of names the vocabulary does not know are theirs', async () => {
    const c = await verdict('As for the Carters and the Weavers, they added 800 and 300 mill posts in May, respectively.');
    expect(c.verdict).toBe('unverifiable');
    expect(c.abstained?.slot).toBe('subject');
    expect(c.explanation).toContain('respectively');
  });

  it('a part\'s figure that happens to match the whole is not supported where the vocabulary says who the whole is, or the one acting is named', async () => {
    expect((await verdict('Carters added 1,200 posts in May.')).verdict).toBe('unverifiable');
    // (Without `actors`, an unnamed one acting may be the whole by another word: a weak support.)
    const open = testBeat({ eventKinds: [], entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }], measures: [{ id: 'mill_posts_change', name: 'change in mill posts', unit: 'post', subjects: ['post'], actions: ['added', 'rose'], kind: 'change', entity: 'valdonia' }] });
    const judgedOpen = async (text: string) => (await judgeOn(open, facts, valley)(text)).find(ofKind('count'))!.verdict;
    expect(await judgedOpen('Carters added 1,200 posts in May.')).toBe('supported');
    expect(await judgedOpen('The Vell Carting Board added 1,200 posts in May.')).toBe('unverifiable');
    expect(await judgedOpen('The VCB added 1,200 posts in May.')).toBe('unverifiable');
  });
});

describe('the verb whose object a count is', () => {
  const flood = testBeat({
    eventKinds: [],
    entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
    measures: [
      { id: 'millers_drowned', name: 'millers drowned', unit: 'person', subjects: ['miller', 'people'], actions: ['drowned'] },
      { id: 'millers_driven_out', name: 'millers driven from their homes', unit: 'person', subjects: ['miller', 'people'], actions: ['displaced', 'driven out'] },
    ],
  });
  const measureOf = (text: string, figure: string) => extractOn(flood, valley)(text).claims.find((c) => c.figure.text.startsWith(figure))!.framing.measure;

  it('is its action before the verb after it, which has an object of its own', () => {
    expect(measureOf('The flood drowned more than 40 people and displaced nearly 2,000.', 'more than 40')).toBe('millers_drowned');
    expect(measureOf('The flood drowned more than 40 people and displaced nearly 2,000.', 'nearly 2,000')).toBe('millers_driven_out');
    // (A count heading its clause takes the verb after it.)
    expect(measureOf('In May, 40 people drowned.', '40')).toBe('millers_drowned');
  });
});
