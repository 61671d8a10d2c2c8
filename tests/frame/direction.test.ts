import { describe, expect, it } from 'vitest';
import { directionAt, ownAction } from '../../shared/frame/direction.ts';

/**
 * The direction grammar's corpus: each sentence with the figure it reads, and the reading.
 * Sentences are the project's own, written for the class (level or change, which way).
 */
const CORPUS: Array<[string, string, { change: string; decrease: boolean }]> = [
  ['Factories lost 24,000 jobs in March.', '24,000', { change: 'change', decrease: true }],
  ['Fossil generation was down 19% on the year.', '19%', { change: 'change', decrease: true }],
  ['Emissions showed a fall of 3.4% on 2023.', '3.4%', { change: 'change', decrease: true }],
  // How much an estimate moved: a revision, not a change of what it measures.
  ['June was revised down by 27,000 to 179,000.', '27,000', { change: 'revision', decrease: true }],
  // (Words of what was revised between the verb and its direction.)
  ['The office revised the guild\'s June count up by 27,000 to 179,000.', '27,000', { change: 'revision', decrease: false }],
  ['The March count was raised by 4,500.', '4,500', { change: 'revision', decrease: false }],
  // A comma before "by" changes nothing.
  ['April was also marked lower, by 12,000 to 301,000.', '12,000', { change: 'revision', decrease: true }],
  ['Officials announced a downward revision of 40,000.', '40,000', { change: 'revision', decrease: true }],
  ['The survey found 818,000 fewer jobs than first counted.', '818,000', { change: 'change', decrease: true }],
  ['The survey found 818,000 fewer jobs than first counted.', '818,000 fewer jobs', { change: 'change', decrease: true }],
  // (A qualifier may open the figure's words.)
  ['The survey found about 818 fewer mills than first counted.', 'about 818 fewer mills', { change: 'change', decrease: true }],
  ['The survey found more than 800 fewer mills than first counted.', 'more than 800 fewer mills', { change: 'change', decrease: true }],
  ['The ministry sent 3,000 more troops to the border.', '3,000 more troops', { change: 'change', decrease: false }],
  // An amount set against another, "than" after its comparative: the difference from it.
  ['The census found 4.1 million people, some 1.4 million fewer than the registers had shown.', 'some 1.4 million', { change: 'change', decrease: true }],
  ['That total was more than 3,500 lower than at the count before.', 'more than 3,500', { change: 'change', decrease: true }],
  ['The guild counted 412 mills, 40 higher than a year before.', '40', { change: 'change', decrease: false }],
  // The margin by which one level passed or trailed another, the levels between verb and "by".
  ['The harvest surpassed the previous record of 4.1 million tonnes set in 2019 by nearly 300,000.', '300,000', { change: 'change', decrease: false }],
  ['Valdonia outnumbered its neighbour by 1,200 mills.', '1,200', { change: 'change', decrease: false }],
  ['The guild fell short of its own target of 500 new members by 40.', '40', { change: 'change', decrease: true }],
  ['Upper Vale trailed Port Vell by 3,000 votes.', '3,000', { change: 'change', decrease: true }],
  // (A level the verb passed is no margin: "exceeded 2,000" is the level reached.)
  ['Sales exceeded 2,000 sacks.', '2,000', { change: 'level', decrease: false }],
  ['The list of millers missing has grown by 56 since the first count.', '56', { change: 'change', decrease: false }],
  // A dip is a fall, as verb or noun; so is what sank or eased.
  ['Mill output saw a slight 1% dip in the spring.', '1%', { change: 'change', decrease: true }],
  ['Flour sales dipped 4% in May.', '4%', { change: 'change', decrease: true }],
  ['Rye prices sank 6% over the year.', '6%', { change: 'change', decrease: true }],
  ['Bread prices eased 0.3% in June.', '0.3%', { change: 'change', decrease: true }],
  ['Flour output in December slid 10.8%, the guild said.', '10.8%', { change: 'change', decrease: true }],
  ['The number of mills dropping by 5.4% to 3,670 surprised the guild.', '5.4%', { change: 'change', decrease: true }],
  // The same change restated in another unit after "or".
  ['Flour output decreased by 2.1%, or by 604 sacks, in May.', '604', { change: 'change', decrease: true }],
  ['Flour output grew 3%, or 900 sacks, in May.', '900', { change: 'change', decrease: false }],
  // The level a change started from, the new level's unit between.
  ['Flour output dropped to 1.32 million sacks per day from the 1.42 million sacks per day of May.', '1.42 million', { change: 'previous-level', decrease: false }],
  // "More than" after an amount may be a verb's: "the 40 more than doubled" is no difference.
  ['Its members, who numbered 40 more than doubled by May.', '40', { change: 'level', decrease: false }],
  // A count overstated by so much, and a verb of wiping out: falls.
  ['The league\'s club count for 2023 was 412 too high.', '412', { change: 'change', decrease: true }],
  ['The flood erased 1,200 homes from the register.', '1,200 homes', { change: 'change', decrease: true }],
  // A fall that takes its figure "off" what follows; an adjective of size before the figure.
  ['The walkout took roughly 4,000 off the mills\' payrolls.', '4,000', { change: 'change', decrease: true }],
  ['Rye output fell by a record 19% across the valley.', '19%', { change: 'change', decrease: true }],
  // A second clause with its verb left out shares the first's: two falls.
  ['Rye output dropped by 27.6% and oats by 8.4%.', '8.4%', { change: 'change', decrease: true }],
  ['Mill emissions fell only 1.4% and those from bakeries 2.3%.', '2.3%', { change: 'change', decrease: true }],
  ['Rye output rose 3.1% and oats 2.2%.', '2.2%', { change: 'change', decrease: false }],
  // The size of a gap from another figure: "1,400 below the register's count" (a gap down), "three points above".
  ['The census counted 1,400 below the register\'s count.', '1,400', { change: 'change', decrease: true }],
  ['Milling stayed 15.9 percent below its pre-flood level.', '15.9 percent', { change: 'change', decrease: true }],
  ['Turnout was three points above the last vote.', 'three points', { change: 'change', decrease: false }],
  // (Not a number that is no change: "took 4,000 workers to the coast" moves no count down.)
  ['The buses took 4,000 workers to the coast.', '4,000', { change: 'level', decrease: false }],
  ['The rate edged up to 6.8% in November from 6.5%.', '6.5%', { change: 'previous-level', decrease: false }],
  ['Spending rose 20% in 2024.', '20%', { change: 'change', decrease: false }],
  ['The town reported an increase of seven cases.', 'seven', { change: 'change', decrease: false }],
  ['The rate edged down to 4.2%, from 4.3% in July.', '4.3%', { change: 'previous-level', decrease: false }],
  ['Unemployment was 4.1%, down from 4.2%.', '4.2%', { change: 'previous-level', decrease: false }],
  // A verb of change before a bound states the level reached; "made up" is a verb of being.
  ['Rye slipped below 10% of the harvest.', 'below 10%', { change: 'level', decrease: false }],
  ['Exports climbed above 40% of output.', 'above 40%', { change: 'level', decrease: false }],
  ['Exports fell by over 40% in a year.', 'over 40%', { change: 'change', decrease: true }],
  ['Wheat made up 41% of the harvest.', '41%', { change: 'level', decrease: false }],
];

/** Levels: no change read, whatever words stand near. */
const NEGATIVE: Array<[string, string]> = [
  ['The rate edged down to 4.2%, from 4.3% in July.', '4.2%'],
  ['June was revised down by 27,000 to 179,000.', '179,000'],
  ['Spending fell to $10 billion.', '$10 billion'],
  ['Azerbaijan spent $2.2 billion more than Armenia.', '$2.2 billion'],
  ['The plant employs 1,200 people.', '1,200'],
  // A verb of the counted, not a fall of the count.
  ['Even so, nine members fall short of the target.', 'nine members'],
  ['Two parties drop out of the race.', 'Two parties'],
];

describe('direction: level or change, and which way', () => {
  for (const [sentence, figure, want] of CORPUS) {
    it(`${figure} in "${sentence}"`, () => {
      expect(directionAt(sentence, sentence.indexOf(figure), figure.length)).toMatchObject(want);
    });
  }
  for (const [sentence, figure] of NEGATIVE) {
    it(`${figure} in "${sentence}" is a level`, () => {
      expect(directionAt(sentence, sentence.indexOf(figure), figure.length)).toMatchObject({ change: 'level', decrease: false });
    });
  }

  it("a level measure's own action is not a fall: soldiers 'lost' are soldiers killed", () => {
    const s = 'Armenia lost 2,800 soldiers.';
    const dir = directionAt(s, s.indexOf('2,800'), 5);
    expect(dir.decrease).toBe(true);
    expect(ownAction(dir, { kind: 'level', actions: ['killed', 'lost'] })).toBe(true);
    expect(ownAction(dir, { kind: 'change', actions: ['lost', 'shed'] })).toBe(false);
  });
});
