/**
 * Abbreviations, sentence starters and time words that decide whether a period ends a sentence, and the
 * lookup of a token among them. The rules that read them live in `./decide.ts`.
 */
import { letterCase } from './chars.ts';

/**
 * How an abbreviation behaves before the next word:
 * - `title`: stands before a name ("Mr. Smith", "St. Louis"); never ends a sentence.
 * - `number`: stands before a number ("No. 10", "p. 55"); before anything else it is an ordinary word.
 * - `month`: continues before a number ("Jan. 20"); before a capitalised word it ends the sentence only
 *   when that word is a common sentence starter ("in Sept. The vote…").
 * - `acronym`: dotted initials ("U.S.", "D.C."); they are mostly followed by a proper noun
 *   ("the U.S. Senate"), so they end a sentence only before a sentence starter ("in the U.S. The next day").
 * - `suffix`: ends a name or a list ("Pitt, Briggs & Co.", "etc."); ends the sentence before a capitalised word.
 * - `time`: "a.m."/"p.m."; ends the sentence before a capitalised word unless it is a day, month or time zone.
 * - `never`: always followed by more of the same sentence ("e.g.", "vs.").
 */
export type AbbreviationKind = 'title' | 'number' | 'month' | 'acronym' | 'suffix' | 'time' | 'never';

export interface Abbreviation {
  /** Exact written forms, with the final period. Matching is case-sensitive. */
  forms: readonly string[];
  kind: AbbreviationKind;
  /** Why the entry is here or why it has this kind, when that is not obvious. */
  reason?: string;
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  // Titles and ranks before a name.
  { forms: ['Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Mme.', 'Mlle.', 'Dr.', 'Prof.'], kind: 'title' },
  {
    forms: ['Gen.', 'Lt.', 'Col.', 'Sgt.', 'Capt.', 'Cmdr.', 'Adm.', 'Maj.', 'Cpl.', 'Pvt.', 'Brig.'],
    kind: 'title',
  },
  {
    forms: ['Sen.', 'Rep.', 'Gov.', 'Pres.', 'Amb.', 'Atty.', 'Supt.', 'Hon.', 'Rev.', 'Fr.'],
    kind: 'title',
  },
  {
    forms: ['St.', 'Mt.', 'Ft.'],
    kind: 'title',
    reason:
      'Saint/Mount/Fort before a place or name ("St. Louis", "Mt. Everest"); lowercase "st." (street) is not listed',
  },
  // Before a number only.
  {
    forms: ['No.', 'no.', 'Nos.', 'Nr.', 'N°.', 'Vol.', 'vol.', 'Art.', 'art.', 'Fig.', 'fig.', 'Ch.', 'ch.'],
    kind: 'number',
    reason: '"No. 10" continues, but "The answer was No. Then…" ends: decided by the digit that follows',
  },
  {
    forms: ['p.', 'pp.', 'para.', 'Sec.', 'sec.'],
    kind: 'number',
    reason: 'page and section references ("p. 55")',
  },
  { forms: ['Rs.'], kind: 'number', reason: 'rupees before an amount ("Rs. 3520")' },
  // Months ("May", "June", "July" are words, never abbreviated with a period).
  {
    forms: ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
    kind: 'month',
  },
  // Dotted acronyms; any other "X.Y." form is treated the same way (see `isDottedAcronym`).
  {
    forms: ['U.S.', 'U.S.A.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'N.Y.', 'L.A.', 'Ph.D.', 'B.A.', 'M.A.'],
    kind: 'acronym',
    reason: '"the U.S. administration" continues, "in the U.S. The next day" ends: decided by the next word',
  },
  // Company and name suffixes.
  { forms: ['Inc.', 'Corp.', 'Ltd.', 'Co.', 'Bros.', 'Plc.', 'Jr.', 'Sr.'], kind: 'suffix' },
  {
    forms: ['etc.'],
    kind: 'suffix',
    reason: 'ends a list; a capitalised word after it almost always starts a new sentence',
  },
  // Times of day.
  {
    forms: ['a.m.', 'p.m.', 'A.M.', 'P.M.'],
    kind: 'time',
    reason: 'unlike "U.S.", a capitalised word after a time is rarely a name, except days and time zones',
  },
  // Always continued.
  { forms: ['e.g.', 'i.e.', 'cf.', 'viz.'], kind: 'never', reason: 'introduces an example or a restatement' },
  { forms: ['vs.', 'v.'], kind: 'never', reason: 'the other party follows ("Giants vs. the Tigers")' },
];

/**
 * Capitalised words that commonly start a sentence and rarely follow a dotted acronym or a month inside
 * one: articles, pronouns, conjunctions, prepositions, question words, sentence adverbs and quantifiers.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'A',
  'An',
  'The',
  'This',
  'That',
  'These',
  'Those',
  'I',
  'He',
  'She',
  'It',
  'We',
  'They',
  'You',
  'His',
  'Her',
  'Its',
  'Our',
  'Their',
  'My',
  'Your',
  'There',
  'Here',
  'And',
  'But',
  'Or',
  'So',
  'Yet',
  'Nor',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'Since',
  'Although',
  'Though',
  'Because',
  'As',
  'In',
  'On',
  'At',
  'For',
  'With',
  'Without',
  'During',
  'From',
  'By',
  'Under',
  'However',
  'Meanwhile',
  'Still',
  'Also',
  'Then',
  'Now',
  'What',
  'Who',
  'Where',
  'Why',
  'How',
  'Which',
  'Did',
  'Do',
  'Does',
  'Is',
  'Are',
  'Was',
  'Were',
  'Will',
  'Would',
  'Can',
  'Could',
  'Should',
  'Many',
  'Most',
  'Some',
  'Several',
  'All',
  'Both',
  'Each',
  'Every',
  'Few',
  'No',
  'Not',
  'Such',
  // Round-number quantifiers open news sentences ("Thousands protested") and are not name parts.
  'Hundreds',
  'Thousands',
  'Millions',
  'Billions',
  'Dozens',
]);

/** Capitalised words that continue a time of day ("at 10 a.m. Tuesday", "5 p.m. Eastern"). */
export const TIME_CONTINUATIONS: ReadonlySet<string> = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Eastern',
  'Central',
  'Mountain',
  'Pacific',
  'Greenwich',
  'ET',
  'EST',
  'EDT',
  'CT',
  'CST',
  'CDT',
  'PT',
  'PST',
  'PDT',
  'GMT',
  'UTC',
  'BST',
  'CET',
  'CEST',
]);

const BY_FORM: ReadonlyMap<string, AbbreviationKind> = new Map(
  ABBREVIATIONS.flatMap((a) => a.forms.map((f) => [f, a.kind] as const)),
);

/**
 * Whether `token` is letters (one to three) each followed by a period, at least twice: "U.S.", "Ph.D.",
 * "f.e." (`^(?:\p{L}{1,3}\.){2,}$`).
 */
export function isDotted(token: string): boolean {
  let groups = 0;
  let letters = 0;
  for (let i = 0; i < token.length; ) {
    const c = token.charCodeAt(i);
    if (c === 46) {
      if (letters === 0) return false;
      groups++;
      letters = 0;
      i++;
      continue;
    }
    if (++letters > 3 || letterCase(token, i) === undefined) return false;
    i += (c & 0xfc00) === 0xd800 && (token.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return letters === 0 && groups >= 2;
}

/** The kind of an abbreviation written as `token` (with its final period), or undefined. */
export function abbreviationKind(token: string): AbbreviationKind | undefined {
  const known = BY_FORM.get(token);
  if (known) return known;
  if (token.length <= 16 && isDotted(token)) return 'acronym';
  return undefined;
}
