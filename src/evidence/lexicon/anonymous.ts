/**
 * Unnamed sources of news style. A head noun from `anonymousHeads` before a reporting verb makes the
 * attribution anonymous ("diplomatic sources said", "U.S. officials say", "a senior administration official
 * said"); the phrases stand on their own ("people familiar with the matter", "it is understood").
 */
export interface AnonymousHead {
  word: string;
  plural: boolean;
  /** Anonymous only bare or after a quantifier ("analysts say", "some experts"): "the analysts at X" names. */
  generic?: boolean;
  reason?: string;
}

export const anonymousHeads: readonly AnonymousHead[] = [
  { word: 'source', plural: false },
  { word: 'sources', plural: true },
  { word: 'official', plural: false, reason: "An official with no name: AP's model of an unnamed source." },
  { word: 'officials', plural: true, reason: '"U.S. officials said" still names no one.' },
  { word: 'person', plural: false },
  { word: 'people', plural: true },
  { word: 'someone', plural: false },
  { word: 'insider', plural: false },
  { word: 'insiders', plural: true },
  { word: 'aide', plural: false },
  { word: 'aides', plural: true },
  { word: 'diplomat', plural: false },
  { word: 'diplomats', plural: true },
  { word: 'witness', plural: false, reason: 'An unnamed eyewitness.' },
  { word: 'witnesses', plural: true },
  { word: 'some', plural: true, reason: '"some say" credits an unnamed group.' },
  { word: 'many', plural: true },
  { word: 'others', plural: true },
  { word: 'several', plural: true },
  { word: 'most', plural: true },
  { word: 'analysts', plural: true, generic: true },
  { word: 'critics', plural: true, generic: true, reason: 'Unnamed critics: a common way to voice opinion.' },
  { word: 'experts', plural: true, generic: true },
  { word: 'observers', plural: true, generic: true },
  { word: 'economists', plural: true, generic: true },
  { word: 'scientists', plural: true, generic: true },
  { word: 'residents', plural: true, generic: true },
  { word: 'activists', plural: true, generic: true },
  { word: 'commentators', plural: true, generic: true },
  {
    word: 'reports',
    plural: true,
    reason: '"reports say", "according to reports": unnamed outlets; "media reports" likewise.',
  },
];

/**
 * Words after an unnamed head that keep it unnamed while describing it: "people familiar with the matter",
 * "a person briefed on the talks", "sources close to the palace", "officials with knowledge of".
 */
export const anonymousQualifiers: readonly string[] = [
  'familiar with',
  'briefed on',
  'close to',
  'with knowledge of',
  'with direct knowledge of',
  'knowledgeable about',
  'involved in',
  'who spoke on condition of anonymity',
  'who spoke on the condition of anonymity',
  'who asked not to be named',
  'who asked not to be identified',
  'who declined to be named',
  'who declined to be identified',
  'who requested anonymity',
  'speaking on condition of anonymity',
  'speaking on the condition of anonymity',
];

/** What an unnamed source is familiar with, when no reporting verb follows ("people familiar with the plans"). */
export const briefingTopics: readonly string[] = [
  'matter',
  'plans',
  'plan',
  'situation',
  'talks',
  'discussions',
  'negotiations',
  'deliberations',
  'decision',
  'thinking',
  'investigation',
  'probe',
  'deal',
  'case',
  'meeting',
  'meetings',
  'proposal',
  'operation',
  'negotiation',
  'transaction',
  'conversations',
  'conversation',
  'call',
  'issue',
];

/** Phrases that are anonymous attribution wherever they stand. */
export interface AnonymousPhrase {
  phrase: string;
  plural: boolean;
  reason?: string;
}

export const anonymousPhrases: readonly AnonymousPhrase[] = [
  { phrase: 'on condition of anonymity', plural: false },
  { phrase: 'on the condition of anonymity', plural: false },
  { phrase: 'it is understood', plural: false, reason: 'British news phrasing for an unnamed briefing.' },
  { phrase: 'it was understood', plural: false },
  { phrase: 'it was reported', plural: false, reason: 'Credits unnamed reports.' },
  { phrase: 'it is reported', plural: false },
  { phrase: 'it has been reported', plural: false },
  { phrase: 'it was learned', plural: false },
  { phrase: 'some experts', plural: true, reason: 'Voices an opinion through an unnamed group.' },
  { phrase: 'some analysts', plural: true },
  { phrase: 'some critics', plural: true },
  { phrase: 'some observers', plural: true },
  { phrase: 'many experts', plural: true },
  { phrase: 'many analysts', plural: true },
  { phrase: 'many observers', plural: true },
];
