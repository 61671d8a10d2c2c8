import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { figuresOf } from '../helpers/figures.ts';

const quotes = (text: string, published = '2024-06-05') =>
  extractClaims(new TextEncoder().encode(text), { name: 'a.md', published }).claims.map((c) => c.figure.text);

describe('page furniture', () => {
  it('a teaser for the next episode or issue is not a claim ("Next week: why batteries …")', () => {
    expect(quotes('The flood took 40 homes.\n\nNext week: why 12 mills closed in a year.\n', '2024-06-05')).toEqual(['40 homes']);
    expect(quotes('Next week the council meets.', '2024-06-05')).toContain('Next week');
  });

  it('a telephone number, a printed running head, a footer and a dateline from two places are not claims', () => {
    expect(quotes('To reach the desk, call 020 7946 0381 or +44 20 7946 0382 on weekdays. The flood took 40 homes.')).toEqual(['40 homes']);
    const head = 'Saturday 9 March 2024 | Page 14 | Est. 1902\n\nThe flood took 40 homes.\n';
    const doc = extractClaims(new TextEncoder().encode(head), { name: 'a.txt' });
    expect(doc.claims.map((c) => c.figure.text)).toEqual(['40 homes']);
    expect(doc.article.published?.date).toBe('2024-03-09');
    const html = '<html><body><p>The flood took 40 homes.</p><footer>Our desk publishes new charts every Thursday.</footer><p class="footer">Printed on 100% recycled paper.</p></body></html>';
    expect(extractClaims(new TextEncoder().encode(html), { name: 'a.html', published: '2024-03-09' }).claims.map((c) => c.figure.text)).toEqual(['40 homes']);
    expect(quotes('OSLO/BERGEN, March 8 (Nordwire) – The flood took 40 homes.', '2024-03-09')).toEqual(['40 homes']);
    // A table's row is data, whatever its cells say.
    expect(quotes('| Club | Founded | Members |\n|---|---|---|\n| Rovers | Est. 1902 | 40 members |\n', '2024-06-05')).toContain('40 members');
    // A decimal or a count is no telephone number: "0.5 million", "1 200 000".
    expect(quotes('Some 0.5 million people left.')).toContain('Some 0.5 million people');
  });

  it('numbers ordering a list or a table\'s rows are not figures; the items\' figures are', () => {
    const md = '# Five posts, checked\n\n| # | The post | Verdict |\n|---|---|---|\n| 1 | "The flood took 40 homes" | False |\n| 2 | "Rye fell by a third" | True |\n| 3 | "Nine clubs folded" | Misleading |\n\n## 1. The homes\n\nThe council counted 14 homes lost.\n\n**2. The rye.** The harvest fell to 12,000 tonnes.\n';
    const q = quotes(md);
    expect(q).not.toContain('1');
    expect(q).not.toContain('2');
    expect(q).not.toContain('3');
    expect(q).toEqual(expect.arrayContaining(['40 homes', '14 homes', '12,000 tonnes']));
    const txt = 'Corrections this month:\n\n1. Our report of 4 May said 96 homes were lost. The count was 69.\n2. A map placed the mill in the wrong valley.\n';
    expect(quotes(txt, '2024-06-05')).not.toContain('1');
    expect(quotes(txt, '2024-06-05')).not.toContain('2');
    // A figure heading a line is still one: "12 clubs folded", "1.5 million left".
    expect(quotes('The season was hard.\n\n12 clubs folded.\n\n1.5 million tickets went unsold.\n')).toEqual(expect.arrayContaining(['12 clubs', '1.5 million tickets']));
    // A table column of counts that happen to start at 1 but do not count the rows one by one is kept.
    expect(quotes('| Club | Titles |\n|---|---|\n| 1 | 4 |\n| 7 | 9 |\n')).toContain('7');
  });

  it('a live blog\'s entry stamp is not a claim; the entry\'s figures are', () => {
    const text = '# Counting day\n\n## 09:15 IST, 4 June: Counting begins\n\nVotes are being counted in 542 constituencies.\n\n## 13:40 GMT – Results\n\nThe party won 240 seats.\n';
    const q = quotes(text);
    expect(q).not.toContain('4 June');
    expect(q).toEqual(expect.arrayContaining(['542 constituencies', '240 seats']));
  });

  it('a note on the author is not a claim', () => {
    const text = 'Payrolls grew by 200,000 in May.\n\n*The author is a former statistician who spent 12 years at a state agency.*\n';
    const q = quotes(text);
    expect(q).not.toContain('12 years');
    expect(q).toContain('200,000');
  });

  it('a closing note on a named writer is not a claim; the same words earlier, or a quote of a named person, are', () => {
    const note = 'The flood took 40 homes.\n\n---\n\n*Mara Kell spent 14 years as a mill economist in Port Vell and now teaches at its college. Her book on the 2019 flood came out in 2022; she writes for these pages once a month.*\n';
    expect(quotes(note)).toEqual(['40 homes']);
    // Not the last paragraph: the story goes on after it.
    expect(quotes('Mara Kell spent 14 years as a mill economist in Port Vell.\n\nThe flood took 40 homes.\n')).toContain('14 years');
    // A named person's words closing a story are the story's.
    expect(quotes('The flood took 40 homes.\n\nMara Kell, the guild\'s economist, said 12 mills would close.\n')).toContain('12 mills');
  });

  it('a line that is a stamp\'s verb and a date is the page\'s, not a claim; it dates the article', () => {
    const text = '# Morning notes\n\n*Filed 3 March 2025*\n\nThe flood drove 400 people from their homes.\n';
    const doc = extractClaims(new TextEncoder().encode(text), { name: 'a.md' });
    expect(doc.claims.map((c) => c.figure.text)).toEqual(['400 people']);
    expect(doc.article.published?.date).toBe('2025-03-03');
    // A short paragraph that starts with such a word is no stamp or credit.
    expect(quotes('Updated figures show 400 people left on 3 March 2025.')).toContain('3 March 2025');
    expect(quotes('By 2030 the share will be 40%.')).toContain('40%');
    expect(quotes('By Ana Ruiz · Updated 14:30 · 3 min read\n\nThe flood drove 400 people from their homes.')).toEqual(['400 people']);
  });

  it('a short paragraph that starts "By" and a month, a weekday or a lowercase word is a sentence, not a credit', () => {
    const lead = 'The flood came in the night.\n\n';
    expect(quotes(lead + 'By February 2009 the guild had counted 64 dead.\n')).toContain('64 dead');
    expect(quotes(lead + 'By then 64 had died.\n')).toContain('64');
    expect(quotes(lead + 'By Friday, 12 mills had shut.\n')).toContain('12 mills');
    // A name that is also a month's is a name before another capitalised word.
    expect(quotes('By June Osei\n\nThe flood drove 400 people from their homes.\n')).toEqual(['400 people']);
    expect(quotes('BY ANA RUIZ\n\nThe flood drove 400 people from their homes.\n')).toEqual(['400 people']);
  });

  it('a stamp heading the first line, with text after it, is the page\'s; it dates the article', () => {
    for (const [text, day] of [
      ['date 2025-03-03 By Ana Ruiz\n\nThe flood drove 400 people from their homes.\n', '2025-03-03'],
      ['Published: 4 March 2025 – The flood drove 400 people from their homes.\n', '2025-03-04'],
      ['2025-03-05 The flood drove 400 people from their homes.\n', '2025-03-05'],
    ] as const) {
      const doc = extractClaims(new TextEncoder().encode(text), { name: 'a.txt' });
      expect(doc.claims.map((c) => c.figure.text), text).toEqual(['400 people']);
      expect(doc.article.published?.date, text).toBe(day);
    }
    // Items set apart by dots after it are the page's too.
    expect(quotes('Posted 2 March 2025 · Reading time: 4 minutes\n\nThe flood drove 400 people from their homes.\n')).toEqual(['400 people']);
    // A date that starts a sentence of the story is the story's.
    expect(quotes('On 3 March 2025 the flood drove 400 people from their homes.')).toContain('3 March 2025');
    expect(quotes('Dated 1890, the bridge carried 400 carts a day.')).toContain('400 carts');
  });

  it('a weekday naming a regular piece ("Monday briefing", "the Sunday edition") is no day', () => {
    expect(quotes('# Monday briefing: the river\n\nThe flood drove 400 people from their homes.\n')).toEqual(['400 people']);
    expect(quotes('As the Sunday edition reported, 12 bridges closed.')).toEqual(['12 bridges']);
    expect(quotes('On Monday the river rose 40 cm.')).toContain('Monday');
  });

  it('a weekday as a modifier or inside a name ("the Saturday papers", "The Friday Herald") is no day', () => {
    expect(quotes('THE SATURDAY PAPERS: the river\n\nThe flood drove 400 people from their homes.\n')).toEqual(['400 people']);
    expect(quotes('The Friday Herald says the flood drove 400 people from their homes.')).toEqual(['400 people']);
    expect(quotes('Saturday front pages show the river; the flood drove 400 people from their homes.')).toEqual(['400 people']);
    // A day stays a day: after a preposition, before a time of day, a function word or a pronoun.
    expect(quotes('The mayor said Friday that the flood drove 400 people from their homes.')).toContain('Friday');
    expect(quotes('Officials said on Friday the flood drove 400 people from their homes.')).toContain('Friday');
    expect(quotes('Friday evening brought the flood.')).toContain('Friday');
    expect(quotes('Monday, the river rose 40 cm.')).toContain('Monday');
  });

  it('credits in brackets, links to other pieces, copyright, tags, sharing prompts and correction notes are furniture', () => {
    const story = 'The flood drove 400 people from their homes.';
    for (const line of [
      '(Reporting by Ana Ruiz in Lisbon; Editing by Tom Hale, 12 March 2024)',
      'Related: 5 things to know about the 2023 floods',
      'Read more: Why 3 dams failed in 2019',
      '© 2024 Northwire. All rights reserved.',
      'Tags: floods, 2024, weather',
      'Share this article: 1,200 shares',
      'Follow our live coverage, updated every 15 minutes.',
      'This article was amended on 14 March 2024 to correct the number of bridges, which was 12, not 14.',
      'Image caption, Some 2,000 volunteers filled sandbags on 3 May',
      'Photograph: Ana Ruiz/Northwire, 2024',
      'Source: Ruritanian statistics office, 2023',
      'Chart: river levels since 1990',
      "Editor's note: an earlier version gave 14 bridges.",
      'Comments (12)',
      'Reading time: 3 minutes',
      'Listen to this article, 4 min listen',
      'Last modified on Tue 3 Sep 2024 10.12 BST',
    ]) {
      expect(quotes(`${story}\n\n${line}\n`), line).toEqual(['400 people']);
    }
    // A story's sentence that starts with such a word is no furniture.
    expect(quotes('Related figures show 300 people left.')).toEqual(['300 people']);
    expect(quotes('Sources close to the mayor said 300 people left.')).toEqual(['300 people']);
  });

  it('a caption in brackets, an appeal to readers and an offer by email are furniture', () => {
    const story = 'The flood drove 400 people from their homes.';
    expect(quotes(`[Picture: volunteers fill 2,000 sandbags by the weir.]\n\n${story}\n`)).toEqual(['400 people']);
    expect(quotes(`${story}\n\nSeen the flood? Some 900 readers have written to us since March.\n`)).toEqual(['400 people']);
    expect(quotes(`${story}\n\nGet this digest by email every morning for EUR 3.50 a month.\n`)).toEqual(['400 people']);
    // A story's sentence that quotes a letter is no banner.
    expect(quotes('The council said it had received 900 letters about the weir.')).toContain('900 letters');
  });

  it('a caption with a photo credit after its full stop is furniture; brackets inside a sentence are not', () => {
    expect(quotes('Guards at the weir on 26 Dec. 2022. (Tomas Varga/Northwire via Lumen Images)\n\nThe flood drove 400 people from their homes.\n')).toEqual(['400 people']);
    expect(quotes('Volunteers fill 2,000 sandbags. (Photo by Ines Mora/Delta Wire)\n\nThe flood drove 400 people from their homes.\n')).toEqual(['400 people']);
    expect(quotes('Turnout was 61% (Ruritania/Freedonia combined).')).toContain('61%');
  });

  it('a membership banner that counts its members is furniture', () => {
    expect(quotes('Become one of 12,400 readers who keep this paper free\n\nThe flood drove 400 people from their homes.\n')).toEqual(['400 people']);
  });

  // The publisher speaking of its readers, listeners or supporters, what it costs them, or asking
  // them to join: the page's, however the line is worded.
  it('a line in which the publisher speaks of its readers, or asks them to join or pay, is furniture', () => {
    const story = 'The flood drove 400 people from their homes.';
    for (const banner of [
      '> **The Valley Courier is reader-funded.** 2,100 members kept us going this spring. Join them from €5 a month.',
      '> Our river desk is paid for by 7,300 readers. Join them.',
      'Listeners on our 900-strong supporter list hear every episode two days early.',
      'Have a question about the flood? Our help desk has answered 1,400 reader questions since 2019.',
    ]) expect(quotes(`${story}\n\n${banner}\n`)).toEqual(['400 people']);
    // A story's short paragraph about readers of something else is no banner.
    expect(quotes('The library lent 4,000 books to 900 readers last year.')).toEqual(expect.arrayContaining(['4,000 books']));
  });

  it('a reading, listening or running time with a word before its number, and a release stamp, are furniture', () => {
    const story = 'The flood drove 400 people from their homes.';
    expect(quotes(`Reading time: about 4 minutes\n\n${story}\n`)).toEqual(['400 people']);
    expect(quotes(`Released 16.05.2025 | Runtime 41 min\n\n${story}\n`, '2025-05-16')).toEqual(['400 people']);
  });

  it('a clock time in running text is no stamp: "At 10:30 the count stood at 5,000" keeps its figure', () => {
    expect(quotes('At 10:30 the count stood at 5,000 ballots.')).toContain('5,000 ballots');
  });
});

describe('years that are not claims of their own', () => {
  it('a year inside a name is neither a date nor a count', () => {
    expect(figuresOf('The question for the 2025 Digest is how fast gas gives ground.')).toEqual([]);
    expect(figuresOf('Every statement still rests on the Census of India 2011.')).toEqual([]);
  });

  it('a year in brackets right after a figure is its period, not a claim', () => {
    const doc = extractClaims(new TextEncoder().encode('| Town | Residents |\n|---|---|\n| Northport | 81,300 (2022) |\n'), { name: 'a.md', published: '2024-06-05' });
    expect(doc.claims.map((c) => c.figure.text)).not.toContain('2022');
    expect(doc.claims.find((c) => c.figure.text === '81,300')?.framing.time).toMatchObject({ from: '2022', basis: 'explicit' });
  });

  it('a year that starts a title is the first word of the name the line is', () => {
    expect(figuresOf('= 2021 Ruritania–Freedonia border accord =')).toEqual([]);
    expect(figuresOf('2021 Delta flood relief accord')).toEqual([]);
    // A sentence that starts with a year is a sentence.
    expect(figuresOf('2021 was a hard year for Ruritania.').map((f) => f.figure.text)).toEqual(['2021']);
    expect(figuresOf('2021 Ruritania grew by 3%, the office said.').map((f) => f.figure.text)).toContain('2021');
  });

  it('a chart\'s scale told in words is no claim; the note\'s other sentences are read', () => {
    expect(quotes('The flood was slow.\n\nVertical axis: homes lost in the month, from 0 to 300. Shaded band: the flood of 9 May.\n')).toEqual(['9 May']);
    expect(quotes('Horizontal axis from 3.5% to 4.5%. The rate rose to 4.1%.')).toEqual(['4.1%']);
    expect(quotes('The scale runs from 0 to 40 homes. The river took 12 homes.')).toEqual(['12 homes']);
    // A sentence about an axis of the story is no chart's note.
    expect(quotes('The Delta axis of trade carried 40 barges.')).toEqual(['40 barges']);
  });

  it('"this week\'s mailbag", "last month\'s episode": which issue of a regular piece, a name, not a date', () => {
    expect(quotes('This week\'s mailbag was full of letters about the flood.')).toEqual([]);
    expect(quotes('Last month\'s episode covered the flood.')).toEqual([]);
    // Of anything else, the time is a date.
    expect(quotes('This week\'s flood took the mill.')).toEqual(['This week']);
  });

  it('a year naming which one of a kind of thing ("the 2014 pledge") is no claim, a year of an event or a period is', () => {
    expect(quotes('For an alliance that made the 2014 pledge, progress is slow.')).toEqual([]);
    expect(quotes('Poland presented a draft 2025 budget.')).toEqual([]);
    // A year before a noun of data or of a document names which: "the full-year 2024 results",
    // "its Trends in Milling, 2024 fact sheet" (and counts no results).
    expect(quotes('Welcome to the guild\'s fourth-quarter and full-year 2024 results call.')).toEqual([]);
    expect(quotes('Two weeks after the guild released its Trends in Milling, 2024 fact sheet, we asked her.')).toEqual(['Two weeks']);
    // A count of anything else written without its comma stays a count.
    expect(quotes('The 2000 millers marched.')).toEqual(['2000 millers']);
    // (Two words may stand between the owner and the year.)
    expect(quotes('Their own botched 2021 mill ballot had to be rerun.')).toEqual([]);
    expect(quotes('The pledge was made in 2014.')).toEqual(['2014']);
  });

  it('years coordinated before their noun name which ones too ("their 2011 and 2021 censuses")', () => {
    expect(quotes('The population rose by 3.5 million between their 2011 and 2021 censuses.')).toEqual(['3.5 million']);
    expect(quotes('Neither the 2019 or 2024 votes was close.')).toEqual([]);
    // Coordinated years with no noun of theirs are a period: claims.
    expect(quotes('Between 2011 and 2021, the population rose.')).toEqual(['2011', '2021']);
  });

  it('"since 2019" right after a verb of change starts its period even with no figure: no claim', () => {
    expect(quotes('# How the vote shifted since 2019\n\nThe party won 240 seats.\n')).toEqual(['240 seats']);
    expect(quotes('Fares have risen sharply since 2016, riders say.')).toEqual([]);
    // A participle before its noun is no verb of the clause: the year stays a claim.
    expect(quotes('The agency\'s expanded role since 2016 was plain.')).toEqual(['2016']);
  });

  it('"since 2001" after a record is a claim of its own', () => {
    expect(quotes('Turnout was 59.8%, the lowest level since 2001.')).toEqual(['59.8%', '2001']);
    expect(quotes('The village counted its cattle for the first time since 1987.')).toContain('1987');
  });

  it('"since 2011" after a change in its clause is the start of that change\'s period, not a claim', () => {
    expect(quotes('The island\'s population grew by 4,300, or 1.9%, since 2011.')).toEqual(['4,300', '1.9%']);
    expect(quotes('Bus fares have risen 35% since 2018, the council says.')).toEqual(['35%']);
    expect(quotes('The club is down by 1,200 members since 2016.')).toEqual(['1,200 members']);
    // A level is no change: the year stays a claim.
    expect(quotes('The club had 9,800 members, the highest since 2016.')).toEqual(['9,800 members', '2016']);
    // Nor does a change in another clause reach it.
    expect(quotes('Fares rose 4% in May, and the network has not been so crowded since 2016.')).toContain('2016');
  });

  it('a period naming which data ("numbers from 2011", "the figures for 2023") is no claim where no figure of its sentence is scoped', () => {
    expect(quotes('The ministry still plans with numbers from 2011.')).toEqual([]);
    expect(quotes('Nobody trusts the figures for March 2023 any more.')).toEqual([]);
    // With a figure to scope, the period is that figure's.
    expect(quotes('The figures for 2023 show 4,100 new homes.')).toEqual(['4,100 new homes']);
    // A period after any other noun stays a claim.
    expect(quotes('The bridge dates from 1998.')).toEqual(['1998']);
  });

  it('a time back from now that is the base of a comparison is no claim; one that dates an event is', () => {
    expect(quotes('The harvest was 12% below the same season five years ago.')).toEqual(['12%']);
    expect(quotes('Fares are higher than three years ago.')).toEqual([]);
    expect(quotes('Fares rose to £4, up from £3 four years earlier.')).toEqual(['£4', '£3']);
    // Heading its clause, a span back from the publication date is a date.
    expect(quotes('Six years ago this month, the bridge opened.')).toEqual(['Six years ago this month']);
    // A qualifier of another figure compares nothing.
    expect(quotes('More than 300 people came, five years ago.')).toContain('five years');
  });

  it('a year joined to a year before it is a year, whatever noun follows', () => {
    const f = figuresOf('The population rose between their 2011 and 2021 censuses.');
    expect(f.map((x) => x.figure.kind)).toEqual(['date', 'date']);
  });
});

describe('figures that name no quantity of the world', () => {
  it('a small count of the article\'s own parts ("in eight numbers", "Three caveats", "we checked four claims")', () => {
    expect(quotes('The flood year, in eight numbers\n\nThe flood took 40 homes.\n\n## Three caveats\n\nWe checked four flood claims against the council\'s data.\n')).toEqual(['40 homes']);
  });

  it('unless the beat counts that noun, or the count is large ("230,000 claims")', () => {
    expect(quotes('Insurers received 230,000 claims after the flood.')).toContain('230,000 claims');
  });

  it('the term of an instrument ("2-year Treasury yields", "a 30-year mortgage"); a term of something else stays', () => {
    expect(quotes('Two-year Ruritanian yields jumped, and the 10-year yield fell. A 30-year mortgage now costs more.')).toEqual([]);
    expect(quotes('The dockers ended a six-week strike.')).toContain('six-week');
  });
});

describe('lengths and places on the page, and a month opening its sentence', () => {
  it('a publication\'s length in words, and an ordinal picking a picture or a parallel, are no claims; "the third time" is', () => {
    expect(quotes('The flood took 40 homes. The full report runs to 4,200 words.')).toEqual(['40 homes']);
    expect(quotes('The street in the third picture was rebuilt. The guild drew its line along the 49th parallel.')).toEqual([]);
    expect(quotes('It was the third time the mill shut.')).toEqual(['third time']);
  });

  it('a month whose sentence opens with it, and a verb of opening, is its figure\'s period ("January 2030 opened higher still, at 517 mills")', () => {
    const doc = extractClaims(new TextEncoder().encode('January 2030 opened higher still, at 517 mills.'), { name: 'a.md', published: '2030-06-05' });
    expect(doc.claims.map((c) => c.figure.text)).toEqual(['517 mills']);
    expect(doc.claims[0]!.framing.time).toMatchObject({ from: '2030-01', to: '2030-01' });
  });
});
