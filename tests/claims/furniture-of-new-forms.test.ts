import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';

// Page furniture of forms a newsroom also publishes: live blogs, hearing transcripts, press
// releases, newsletters, podcasts, book reviews. None of these figures is a claim; the story's
// own figures beside them stay.
const quotes = (text: string, published = '2025-04-09') =>
  extractClaims(new TextEncoder().encode(text), { name: 'a.md', published }).claims.map((c) => c.figure.text);

describe('furniture of other forms', () => {
  it('a live blog\'s entry stamps: a line of a day and a clock time', () => {
    const blog = 'Fri 5 July, 11:40\n\nThe league now has 71 clubs.\n\nThu 4 July, 22:00\n\nPolls have closed.\n\n14:05 BST, 30 September\n\nThe last mill shut.\n';
    expect(quotes(blog)).toEqual(['71 clubs']);
  });

  it('a printed record\'s clock times ("[10.04 am]")', () => {
    expect(quotes('[10.04 am]\n\nThe chair opened the sitting. The guild has 40 mills.\n')).toEqual(['40 mills']);
  });

  it('an embargo line, a sponsor line, a teaser with the show\'s name, a plain dateline', () => {
    expect(quotes('EMBARGOED UNTIL 00:01 CEST, WEDNESDAY 9 APRIL 2025\n\nPORT VELL and OSTRIA, 9 April 2025 – The guild opened 12 mills.\n')).toEqual(['12 mills']);
    expect(quotes('The guild opened 12 mills.\n\n*Today\'s issue is sponsored by Millware, software for firms with 5 to 500 staff. Readers get 60 days free.*\n')).toEqual(['12 mills']);
    expect(quotes('The guild opened 12 mills.\n\nNext week on Mill Talk: the 30 mills that closed.\n')).toEqual(['12 mills']);
    // (A story's sentence that starts so is the story's.)
    expect(quotes('Supported by 40 mills, the guild voted to strike.')).toEqual(['40 mills']);
  });

  it('a publisher speaking of who reads or funds it', () => {
    expect(quotes('Our Monday briefing is read by 38,000 people.\n\nThe guild opened 12 mills.\n')).toEqual(['12 mills']);
    expect(quotes('The guild opened 12 mills.\n\nMill Talk is made possible by 2,300 listeners who chip in each month.\n')).toEqual(['12 mills']);
  });

  it('an HTML page\'s navigation, its breadcrumbs and its list of tags', () => {
    const page = (chunk: string) => extractClaims(new TextEncoder().encode(`<html><body><article><p>The guild opened 12 mills.</p>${chunk}<p>The flood took 40 homes.</p></article></body></html>`), { name: 'a.html', published: '2025-04-09' }).claims.map((c) => c.figure.text);
    expect(page('<nav><a href="/">Home</a> › <a href="/2025">2025</a></nav>')).toEqual(['12 mills', '40 homes']);
    expect(page('<ol class="breadcrumb"><li>News</li><li>2025</li></ol>')).toEqual(['12 mills', '40 homes']);
    expect(page('<ul class="tags"><li>Floods 2024</li><li>Mills</li></ul>')).toEqual(['12 mills', '40 homes']);
    // (A list of the story's own is the story's.)
    expect(page('<ul><li>30 mills closed in 2023</li></ul>')).toEqual(['12 mills', '30 mills', '40 homes']);
  });

  it('an HTML masthead', () => {
    const html = '<html><body><p class="masthead">The Ostria Courier · Serving the valley since 1968</p><p>The guild opened 12 mills.</p></body></html>';
    expect(extractClaims(new TextEncoder().encode(html), { name: 'a.html', published: '2025-04-09' }).claims.map((c) => c.figure.text)).toEqual(['12 mills']);
  });

  it('numbers labelling parts of a document, and a publication\'s length', () => {
    expect(quotes('Questions 37–45 of the hearing, and issue No. 81, dealt with the 12 mills.')).toEqual(['12 mills']);
    expect(quotes('Table 2 lists 12 mills. The full 48-page report, at 384 pages in print, runs to 9 chapters.')).toEqual(['12 mills']);
    // A number of its own after such a word is still read: "the page had 12 mills" has no label.
    expect(quotes('On that page, 12 mills are listed.')).toEqual(['12 mills']);
  });
});

describe('figures the page sets apart that are still the story\'s', () => {
  it('an HTML sidebar of figures (a fact box) is read; another sidebar is not', () => {
    const read = (html: string) => extractClaims(new TextEncoder().encode(html), { name: 'a.html', published: '2025-04-09' }).claims.map((c) => c.figure.text);
    expect(read('<html><body><p>The guild opened 12 mills.</p><aside class="factbox"><p>Mills open in 2024: 40 mills</p></aside></body></html>')).toContain('40 mills');
    expect(read('<html><body><p>The guild opened 12 mills.</p><aside class="related"><p>Read next: 40 mills that closed</p></aside></body></html>')).toEqual(['12 mills']);
  });

  it('a tally of names and numbers is read; a name with a number alone is not ("Resolution 884")', () => {
    expect(quotes('Seats so far: Greens 385, Reds 99, Blues 66.')).toEqual(['385', '99', '66']);
    // (A name may take "the".)
    expect(quotes('Seats so far: Greens 385, the Reds 99, the Blue Party 66.')).toEqual(['385', '99', '66']);
    expect(quotes('Under Resolution 884 the council acted, and Season 4, Episode 112 aired.')).toEqual([]);
    // An index's or a paper's capitals before the number name it too; a tally of capitals is read.
    expect(quotes('The RYE&CO 500 index rose, and paper HC 298 was laid.')).toEqual([]);
    expect(quotes('Seats: Greens 38, SNP 8, Reds 4.')).toEqual(['38', '8', '4']);
  });

  it('a name and its number after a verb\'s count and "and", the verb left out ("the Greens won 385 and the Reds 99")', () => {
    expect(quotes('The Greens won 385 seats and the Reds 99.')).toEqual(['385 seats', '99']);
    expect(quotes('The Greens took 40%, while the Blue Party 12%.')).toEqual(['40%', '12%']);
    // A verb in the present tense too: "the Greens hold 385 seats and the Reds 99".
    expect(quotes('The Greens hold 385 seats and the Reds 99, their best in years.')).toEqual(['385 seats', '99']);
    // A comma alone for the "and": "the Greens lost 67 seats, the Reds 170".
    expect(quotes('The Greens lost 67 seats, the Reds 170.')).toEqual(['67 seats', '170']);
    // (Not a second name of a kind: no verb's count before it.)
    expect(quotes('Flight 17 and Flight 752 were both lost.')).toEqual([]);
  });
});

describe('furniture of explainers, threads, scripts, reports and case summaries', () => {
  it('a list of references after its heading, and a source\'s "Retrieved …" line anywhere', () => {
    const page = 'The guild counted 40 mills.[1]\n\nReferences\n\n1. "Mills of Ostria 2024". Guild Review, 15 February 2024. Retrieved 2 July 2025.\n2. Rye Board. "12 facts". Accessed 3 July 2025.\n';
    expect(quotes(page)).toEqual(['40 mills']);
    expect(quotes('The guild counted 40 mills.\n\nSee "Mills", Guild Review, 15 February 2024. Retrieved 2 July 2025.\n')).toEqual(['40 mills']);
    // (Prose after a list of sources is the story's again.)
    expect(quotes('Sources\n\nGuild Review, 15 February 2024.\n\nThe mills reopened after the flood, and the guild now counts 12 of them along the river, with more to come as the insurers pay out.')).toEqual(['12']);
    // (A sentence that says when its data were looked up is the story's.)
    expect(quotes('Guild data accessed on 3 July 2025 show 12 mills reopened.')).toEqual(['3 July 2025', '12 mills']);
  });

  it('a thread\'s post counters and a reply\'s handle line', () => {
    expect(quotes('1/12 🧵 The guild counted 40 mills.\n\n**2/12** Rye made up 21% of the harvest.\n\n**@rye_watch** · Aug 5\n\nGood thread.\n', '2025-08-05')).toEqual(['40 mills', '21%']);
  });

  it('a report\'s numbered paragraphs ("1.2 Scotland runs …")', () => {
    expect(quotes('1.1 The guild counted 40 mills.\n\n2.3 Ostria runs its own count.\n')).toEqual(['40 mills']);
  });

  it('a script\'s running time, hours, story numbers, weather and next-bulletin lines', () => {
    const script = 'HARBOUR RADIO NEWS - 0700 BULLETIN\n\nEDITOR: K. OSEI    TOTAL: 4\'10"\n\nSTORY 4 - MILLS\n\nThe guild counted 40 mills.\n\nWEATHER: Highs of 21 Celsius, lows tonight of 12. Winds around 10 miles an hour.\n\nNEXT BULLETIN: 0800. TRAVEL FOLLOWS.\n';
    expect(quotes(script)).toEqual(['40 mills']);
  });

  it('a case\'s reference codes, its head of labelled dates, a "Summary by" line, a page\'s last edit', () => {
    const head = 'Court of Appeal\nCase No. 2b/3317-09, on appeal from the City Court, Case No. 2/1442-09\nHearings: 14 June 2010 and 21 September 2010\nJudgment delivered: 9 November 2010\nSummary by Ana Ruiz, Law Reporter, 16 November 2010\n\nThe guild counted 40 mills.\n\n*This page was last edited on 14 July 2025, at 09:12 (UTC).*\n';
    expect(quotes(head, '2010-11-16')).toEqual(['40 mills']);
  });

  it('a weekday that recurs ("every other Saturday"), and the article\'s own counts ("two counts")', () => {
    expect(quotes('Every other Saturday, our columnist answers questions. There are two counts of hiring, and the guild counted 40 mills.')).toEqual(['40 mills']);
  });
});

describe('a photo essay\'s captions', () => {
  const read = (html: string) => extractClaims(new TextEncoder().encode(html), { name: 'a.html', published: '2018-08-07' }).claims.map((c) => c.figure.text);
  const figure = (n: number, text: string) => `<figure><img src="p${n}.jpg" alt=""><figcaption><span class="count">${n}/3</span> ${text} <span class="credit">Port Vell, 1${n} August 2008 · Photograph: Ana Ruiz</span></figcaption></figure>`;

  it('are the story where they hold more of its words than a third of the page; their credits are not', () => {
    const essay = `<html><body><p>The flood came at night.</p>${figure(1, 'A mill on the river. The guild counted 40 mills lost along the valley that week.')}${figure(2, 'The bridge at dawn. Rescuers took 212 people off the roofs in two days.')}${figure(3, 'The square, a year on. Some 30 mills have reopened since the water went down.')}</body></html>`;
    expect(read(essay)).toEqual(['40 mills', '212 people', 'two days', 'Some 30 mills']);
  });

  it('a story\'s own caption stays the page\'s', () => {
    const story = '<html><body><p>The guild counted 40 mills lost along the valley that week, and the council said the rebuilding would take years, with the bridge first and the mills after it, as the insurers settle claims one by one through the winter and into the spring of the following year.</p><figure><img src="a.jpg" alt=""><figcaption>Rescuers at the bridge on day 3 of the flood.</figcaption></figure></body></html>';
    expect(read(story)).toEqual(['40 mills']);
  });
});

describe('furniture of wire copy', () => {
  it('a currency line, a clock time with its zone, an update note\'s paragraph number', () => {
    expect(quotes('Rye fell 2.1% to 68.40 pounds a tonne by 1030 GMT.\n\n($1 = 0.7742 pounds)\n')).toEqual(['2.1%', '68.40 pounds']);
    expect(quotes('* Adds the guild\'s comment in paragraph 3\n\nThe guild counted 40 mills.')).toEqual(['40 mills']);
    // (Four digits and a noun are still a count.)
    expect(quotes('The mill employs 1030 people.')).toEqual(['1030 people']);
  });
});

describe('furniture of briefs, listicles, transcripts and translated pieces', () => {
  it('a numbered list\'s item numbers, whatever the items start with, and a run numbered inside a line', () => {
    const list = '## 1. Two routes\n\nThe guild counted 40 mills.\n\n## 2. The outlook\n\nWe recommend that the guild:\n\n1. publish its count each quarter;\n2. drop stalled claims after 12 months.\n';
    const q = quotes(list);
    expect(q).toEqual(expect.arrayContaining(['40 mills', '12 months']));
    expect(q).not.toEqual(expect.arrayContaining(['1']));
    expect(q).not.toEqual(expect.arrayContaining(['2']));
    const listicle = '1. 192 — mills shut in the flood\nThe guild counted them in May.\n\n2. 5 — days of rain\nThe river rose for five days.\n';
    // (The words after a dash say what an item's number counts: "192 — mills".)
    expect(quotes(listicle)).toEqual(['192 - mills', 'May', '5', 'five days']);
    const quiz = '**Answers:** 1. A Sunday (21 March 2021). 2. Port Vell, in 2022. 3. More than 40 mills.\n';
    expect(quotes(quiz)).not.toEqual(expect.arrayContaining(['1', '2', '3']));
    // A sentence that ends on a number is no list.
    expect(quotes('The guild counted 40 mills. In 2022 it counted 41.\n')).toEqual(['40 mills', '41']);
  });

  it('a footnote\'s text that cites a source, with its dates and section numbers', () => {
    const text = 'The guild counted 40 mills in 2024.[^1]\n\n[^1]: Millers Guild, *Annual Count*, March 2025, section 6.\n[^2]: The count excludes two mills that reopened.\n';
    expect(quotes(text)).toEqual(['40 mills', 'two mills']);
  });

  it('a head line of a place and a date, a recording line, a translator\'s line, a count of comments, a slide\'s label, a question\'s number', () => {
    expect(quotes('# Mills\n\n**Port Vell and Ostria · 10 June 2025**\n\nThe guild counted 40 mills.\n')).toEqual(['40 mills']);
    expect(quotes('Port Vell, Thursday, November 7, 2024, 2:30 p.m. ET\n\nThe guild counted 40 mills.\n')).toEqual(['40 mills']);
    expect(quotes('Recorded Tuesday 25 June 2024 at the Corn Hall, Port Vell.\n\nThe guild counted 40 mills.\n')).toEqual(['40 mills']);
    expect(quotes('The guild counted 40 mills.\n\nTranslated by Mara Kell; original published in the Ostrian Courier, 5 August 2024, page 14.\n')).toEqual(['40 mills']);
    expect(quotes('The guild counted 40 mills.\n\n7 Comments\n\nGood piece.\n')).toEqual(['40 mills']);
    expect(quotes('[Slide 3: Mills shut, three snapshots]\n\nThe guild counted 40 mills.\n')).toEqual(['40 mills']);
    expect(quotes('The guild counted 40 mills. The transcript numbers this as question 7.\n')).toEqual(['40 mills']);
  });
});

describe('a word of a banner as a label', () => {
  it('"MEMBERSHIP:" heading a factbox item is no offer to join; "our membership costs £4 a month" is', () => {
    expect(quotes('* MEMBERSHIP: Ostria became the guild\'s 31st member on March 7, 2024.')).toEqual(expect.arrayContaining(['March 7, 2024']));
    expect(quotes('The flood took 40 homes.\n\nOur membership costs £4 a month, and 8,500 readers have joined.\n')).toEqual(['40 homes']);
  });
});

describe('a broadcast\'s and a work\'s own lines', () => {
  it('a notice of how long a broadcast\'s recording stays up', () => {
    expect(quotes('OPERATOR: That concludes the call. A replay will be available for 30 days. Thank you.\n\nThe guild opened 12 mills.\n')).toEqual(['12 mills']);
    expect(quotes('The recording of the hearing remains online for two weeks.\n\nThe guild opened 12 mills.\n')).toEqual(['12 mills']);
  });

  it('a heading that is the quoted title of a work: its figures name the work', () => {
    expect(quotes('# Mill Week\n\n## "Five floods, six years of repairs: the ledger of the 2019 flood"\n\nThe guild opened 12 mills.\n')).toEqual(['12 mills']);
    const html = '<html><body><h2>“Nine days, two winters”</h2><p>The guild opened 12 mills in 9 days.</p></body></html>';
    expect(extractClaims(new TextEncoder().encode(html), { name: 'a.html', published: '2025-04-09' }).claims.map((c) => c.figure.text)).toEqual(['12 mills', '9 days']);
    // A quotation standing as a paragraph of its own is someone's words, which may be checked.
    expect(quotes('"We lost 300 mills in nine days"\n\nThe guild opened 12 mills.\n')).toEqual(['300 mills', 'nine days', '12 mills']);
  });
});

describe('a page\'s notes on the piece itself, wherever they stand', () => {
  const between = (line: string) => quotes(`The guild opened 12 mills.\n\n${line}\n\nThe flood took 40 homes.\n`);
  it('its age, a stamp told from now, where and when it first ran, a photograph\'s licence, a player\'s and a link\'s words, a dated correction', () => {
    for (const line of ['This article is more than 2 years old', '2 hours ago', 'This story was originally published on March 3, 2024.', 'Originally posted on 12/03/2024', 'Originally published in The Valley Courier on March 3, 2024.', 'Filed at 14:03 on 4 March 2025', 'Mara Holt. Photo (cc) 2017 by Ian Vell / Millnews.', 'Listen (6 min)', 'Video duration 02 minutes 31 seconds02:31', 'Click here to read 5 more stories', 'Correction, March 5, 2025: An earlier version misstated the number of mills.', '-30-', 'Page 2 of 3', 'Season 3, episode 4', 'This is the third in a 5-part series on the valley\'s mills.', '(Watch the 3-minute video above.)', 'For more information, call 555-0134.', 'Episode 212 · 48 min', 'Ep. 47: The flood', '12:03 PM · Mar 4, 2025', '1.2K Reposts 3K Likes', 'Issue #47', '12m ago', 'Posted by u/millfan 5 hours ago', '347 points · 82 comments', 'Reply · 3 likes', 'Edited 2 times', '(1 of 12)', 'Last edited 3 days ago']) {
      expect(between(line)).toEqual(['12 mills', '40 homes']);
    }
  });

  it('not a sentence of the story that says as much', () => {
    expect(between('First published in 1867, the guild\'s almanac lists 30 mills.')).toEqual(['12 mills', '1867', '30 mills', '40 homes']);
    expect(between('The flood came 2 hours ago, the guild said.')).toEqual(['12 mills', '2 hours', '40 homes']);
    expect(between('Part 2 of the plan cost 30 mills.')).toEqual(['12 mills', '30 mills', '40 homes']);
    expect(between('The post drew 347 comments and 82 likes.')).toEqual(['12 mills', '347 comments', '82 likes', '40 homes']);
    // A transcript's numbered speaker is a label; what the speaker says is the story's.
    expect(between('SPEAKER 1 (00:02:11): We lost 30 mills.')).toEqual(['12 mills', '30 mills', '40 homes']);
  });

  it('a place\'s coordinates are no figures ("41°43′N 44°47′E", "41.72°N, 44.78°E")', () => {
    expect(quotes('The mill stands at 41.72°N, 44.78°E, 30 km from the sea.')).toEqual(['30 km']);
    expect(quotes('Coordinates: 41°43′N 44°47′E. The guild lists 40 mills.')).toEqual(['40 mills']);
  });

  it('the step of a rounding is no figure ("rounded to the nearest 10 millers")', () => {
    expect(quotes('The guild rounds every count to the nearest 10 millers, and lists 40 mills.')).toEqual(['40 mills']);
  });
});
