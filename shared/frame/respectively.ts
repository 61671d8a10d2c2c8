/**
 * "Ruritania and Freedonia won 72 and 121 seats respectively": the figures of a list that ends in
 * "respectively" are, in order, those of the subjects its clause joins before them. Read by the
 * frame (whose subject the judge looks facts up for) and by the subject slot (how sure it is).
 */

/** A name found in a clause: the entity and where it stands. */
export interface NameHit {
  id: string;
  start: number;
  end: number;
}

/**
 * The subject in the figure's place: where the clause joins two or more subjects before the
 * figure ("A and B", "A, B and C"), and the list up to "respectively" holds as many numbers.
 */
export function respectiveSubject(clause: string, at: number, length: number, lead: readonly NameHit[]): NameHit | null {
  const resp = RESPECTIVELY.exec(clause.slice(at + length));
  if (!resp || lead.length < 2) return null;
  const ids = [...new Set(lead.map((h) => h.id))];
  if (ids.length < 2 || !lead.some((a, i) => { const b = lead[i + 1]; return !!b && b.id !== a.id && JOINED.test(clause.slice(a.end, b.start)); })) return null;
  const last = lead[lead.length - 1]!;
  const count = (from: number, to: number) => clause.slice(from, to).match(LIST_NUMBER)?.length ?? 0;
  const before = count(last.end, at);
  if (count(last.end, at + length + resp.index) !== ids.length || before >= ids.length) return null;
  return lead.find((h) => h.id === ids[before]) ?? null;
}

const RESPECTIVELY = /\brespectively\b/i;
const JOINED = /^\s*(?:,|and|&|as well as)\s*(?:the\s+)?$/i;
/** A number of a list, in digits or in words. */
const LIST_NUMBER = /\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b/gi;
