/**
 * English verbs whose past differs from "-ed", as news of counts and amounts uses them: base,
 * past, participle. Grammar, not a beat's words: the vocabulary's actions are found in these
 * forms, and the date reader tells a past clause by them.
 */
const IRREGULAR_VERBS = [
  'begin began begun', 'bring brought', 'build built', 'buy bought', 'come came come', 'cut cut', 'draw drew drawn',
  'fall fell fallen', 'fight fought', 'find found', 'flee fled', 'fly flew flown', 'give gave given', 'go went gone',
  'grow grew grown', 'hit hit', 'hold held', 'keep kept', 'leave left', 'lose lost', 'make made', 'meet met',
  'pay paid', 'put put', 'rise rose risen', 'run ran run', 'sell sold', 'send sent', 'set set', 'shoot shot',
  'shrink shrank shrunk', 'spend spent', 'stand stood', 'strike struck', 'take took taken', 'win won',
  'become became become', 'break broke broken', 'choose chose chosen', 'drive drove driven', 'feel felt', 'forget forgot forgotten',
  'freeze froze frozen', 'get got', 'hear heard', 'know knew known', 'lead led', 'mean meant', 'overtake overtook overtaken',
  'say said', 'see saw seen', 'seek sought', 'shake shook shaken', 'sink sank sunk', 'sit sat', 'speak spoke spoken',
  'steal stole stolen', 'swear swore sworn', 'teach taught', 'tell told', 'think thought', 'throw threw thrown',
  'undertake undertook undertaken', 'withdraw withdrew withdrawn', 'write wrote written',
].map((line) => line.split(' '));

/** Each form of an irregular verb to all the forms of its verb, the base first. */
export const IRREGULAR_FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const forms = new Map<string, string[]>();
  for (const verb of IRREGULAR_VERBS) for (const f of verb) forms.set(f, [...new Set([...(forms.get(f) ?? []), ...verb])]);
  return forms;
})();

/** The past forms that are not also the base ("lost", not "cut"): a present clause never has them. */
export const IRREGULAR_PASTS: readonly string[] = IRREGULAR_VERBS.filter((v) => v[1] !== v[0]).map((v) => v[1]!);
