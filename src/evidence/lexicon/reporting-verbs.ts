/**
 * Reporting verbs of news style (AP/Reuters): a speaker or document with one of these verbs credits the
 * sentence's content to that source. Written for this project; each non-obvious entry says why.
 */
export interface ReportingVerb {
  /** Every form that counts, lower case: base, third person, past ("say", "says", "said"). */
  forms: readonly string[];
  /** Forms that are also common plural nouns ("reports", "claims", "states"): need a clear subject. */
  nounForms?: readonly string[];
  /**
   * The verb has an ordinary non-speech sense ("added a feature", "wrote the code"): it counts only when a
   * speech complement follows (that-clause, comma, colon, quotation, sentence end).
   */
  speechOnly?: boolean;
  /** The verb reports a finding and counts only after a document subject ("the audit found"). */
  documentOnly?: boolean;
  /** Only people and bodies do it: "the data told us a story" credits no one. */
  personOnly?: boolean;
  /** The verb stands before its speaker in news inversion ("…,” said Sara Smith). */
  inverts?: boolean;
  /**
   * A verb of opinion ("believes", "doesn't think"): it credits a third party's view when what follows is
   * a clause ("that …", "the plan will fail") or, for `object`, a pronoun object with its description
   * ("called it a betrayal"). A negation keeps the opinion credited ("Smith does not believe …"); a first
   * or second person ("I think") is the writer's or reader's own view and never matches.
   */
  opinion?: 'clause' | 'subject' | 'object';
  /** Why the entry is a reporting verb, where it is not obvious. */
  reason?: string;
}

export const reportingVerbs: readonly ReportingVerb[] = [
  { forms: ['say', 'says', 'said'], inverts: true },
  {
    forms: ['tell', 'tells', 'told'],
    personOnly: true,
    reason:
      '"X told Reuters/reporters" credits X; the passive "was told to" is rejected by the subject rules.',
  },
  { forms: ['announce', 'announces', 'announced'] },
  {
    forms: ['states', 'stated'],
    nounForms: ['states'],
    reason:
      '"states" is also the noun ("member states", "United States"), so it needs a clear subject; the base form\n      "state" is left out: it is far more often the noun ("state department", "channel state").',
  },
  {
    forms: ['report', 'reports', 'reported'],
    nounForms: ['reports', 'report'],
    reason: 'An outlet or agency that "reports" is credited; "the report" alone is a noun, not attribution.',
  },
  { forms: ['confirm', 'confirms', 'confirmed'] },
  {
    forms: ['add', 'adds', 'added'],
    speechOnly: true,
    inverts: true,
    reason: '"he added" continues a quotation; "added support for" is not speech.',
  },
  {
    forms: ['note', 'notes', 'noted'],
    nounForms: ['notes'],
    inverts: true,
    reason: '"noted" reports what someone pointed out; "release notes" is a noun.',
  },
  {
    forms: ['write', 'writes', 'wrote'],
    speechOnly: true,
    inverts: true,
    reason: '"X wrote that/in a post" credits X; "wrote the code" is not speech.',
  },
  {
    forms: ['argue', 'argues', 'argued'],
    reason: 'A third party\'s opinion that is attributed ("X argued that") is reported, not the writer\'s.',
  },
  {
    forms: ['claim', 'claims', 'claimed'],
    nounForms: ['claims'],
    reason: '"Hamas claims responsibility" credits Hamas; "the claims were false" is the noun.',
  },
  {
    forms: ['warn', 'warns', 'warned'],
    reason: 'A warning is a statement credited to its speaker; "warnings" is another word.',
  },
  { forms: ['explain', 'explains', 'explained'], inverts: true },
  {
    forms: ['testify', 'testifies', 'testified'],
    personOnly: true,
    reason: 'Sworn statement before a court or committee.',
  },
  { forms: ['acknowledge', 'acknowledges', 'acknowledged'] },
  { forms: ['insist', 'insists', 'insisted'], personOnly: true },
  {
    forms: ['estimate', 'estimates', 'estimated'],
    nounForms: ['estimates'],
    reason: '"officials estimated" credits the figure; "an estimated 500" is rejected by the determiner.',
  },
  { forms: ['deny', 'denies', 'denied'], reason: 'A denial is a statement credited to the one who denies.' },
  { forms: ['accuse', 'accuses', 'accused'], reason: 'The accusation is credited to the accuser.' },
  { forms: ['allege', 'alleges', 'alleged'] },
  { forms: ['admit', 'admits', 'admitted'], personOnly: true },
  { forms: ['assert', 'asserts', 'asserted'] },
  { forms: ['concede', 'concedes', 'conceded'], personOnly: true },
  { forms: ['contend', 'contends', 'contended'] },
  { forms: ['declare', 'declares', 'declared'] },
  { forms: ['disclose', 'discloses', 'disclosed'], personOnly: true },
  { forms: ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised'] },
  {
    forms: ['stress', 'stresses', 'stressed'],
    speechOnly: true,
    reason: '"stressed" is also "under stress".',
  },
  { forms: ['reveal', 'reveals', 'revealed'] },
  {
    forms: ['recall', 'recalls', 'recalled'],
    personOnly: true,
    speechOnly: true,
    reason: '"recalled the product" is not speech.',
  },
  { forms: ['reply', 'replies', 'replied'], nounForms: ['reply', 'replies'], inverts: true },
  { forms: ['respond', 'responds', 'responded'], personOnly: true, speechOnly: true },
  { forms: ['remark', 'remarks', 'remarked'], nounForms: ['remarks'] },
  {
    forms: ['predict', 'predicts', 'predicted'],
    reason: "An attributed prediction is reported, not the writer's.",
  },
  { forms: ['caution', 'cautions', 'cautioned'] },
  { forms: ['complain', 'complains', 'complained'], personOnly: true },
  {
    forms: ['vow', 'vows', 'vowed'],
    personOnly: true,
    reason: 'A public pledge credited to whoever made it.',
  },
  { forms: ['pledge', 'pledges', 'pledged'], personOnly: true },
  {
    forms: ['tweet', 'tweets', 'tweeted'],
    personOnly: true,
    reason: 'A post on X/Twitter is a public statement.',
  },
  { forms: ['point out', 'points out', 'pointed out'] },
  {
    forms: ['post', 'posts', 'posted'],
    personOnly: true,
    reason: '"X posted to the mailing list" credits a public post, the way newsletters report forums.',
  },
  {
    forms: ['propose', 'proposes', 'proposed'],
    personOnly: true,
    reason: 'A proposal is a statement of its author; "the proposed rule" has no subject and does not match.',
  },
  { forms: ['reply', 'replies', 'replied'], personOnly: true },
  { forms: ['respond', 'responds', 'responded'], personOnly: true },
  {
    forms: ['describe', 'describes', 'described'],
    personOnly: true,
    reason: '"X described the attack" credits X\'s account of it.',
  },
  { forms: ['publish', 'publishes', 'published'], personOnly: true, reason: 'Credits a written source.' },
  {
    forms: ['believe', 'believes', 'believed'],
    opinion: 'clause',
    reason: '"he believes the tax is unfair" reports his view; "believes in freedom" takes no clause.',
  },
  {
    forms: ['think', 'thinks', 'thought'],
    opinion: 'clause',
    reason: '"thinks about", "think tank" take no clause.',
  },
  {
    forms: ['feel', 'feels', 'felt'],
    opinion: 'subject',
    reason: 'Only "feels that" or "feels it/they …" is a view; "feel lonely", "felt the pain" are not.',
  },
  {
    forms: ['consider', 'considers', 'considered'],
    opinion: 'subject',
    reason: '"considered the bill" is an act.',
  },
  {
    forms: ['expect', 'expects', 'expected'],
    opinion: 'clause',
    reason: 'A forecast credited to its maker ("analysts expect the rate to rise").',
  },
  { forms: ['fear', 'fears', 'feared'], nounForms: ['fears'], opinion: 'clause' },
  { forms: ['doubt', 'doubts', 'doubted'], nounForms: ['doubts'], opinion: 'clause' },
  { forms: ['reckon', 'reckons', 'reckoned'], opinion: 'clause' },
  {
    forms: ['call', 'calls', 'called'],
    opinion: 'object',
    reason: '"called it a betrayal" names a judgement; "called the police", "called for" do not match.',
  },
  { forms: ['quoted as saying'], reason: 'The outlet quoted the speaker; the subject is the speaker.' },
  // Findings of documents: "The audit found", "A 2023 survey by Pew found", "X's data show".
  {
    forms: ['find', 'finds', 'found'],
    documentOnly: true,
    reason: '"found" credits a study; a person finding keys does not.',
  },
  { forms: ['show', 'shows', 'showed', 'shown'], documentOnly: true },
  { forms: ['conclude', 'concludes', 'concluded'], documentOnly: true },
  { forms: ['indicate', 'indicates', 'indicated'], documentOnly: true },
  { forms: ['suggest', 'suggests', 'suggested'], documentOnly: true },
];

/**
 * Phrases after a reporting verb that name the channel: "said in a statement", "told … in an interview".
 * They join the cue: the cue of "the ministry said in a statement" is "said in a statement".
 */
export const channelNouns: readonly string[] = [
  'statement',
  'interview',
  'letter',
  'post',
  'blog post',
  'press release',
  'email',
  'filing',
  'tweet',
  'memo',
  'op-ed',
  'column',
  'speech',
  'briefing',
  'press conference',
  'news conference',
  'report',
  'video',
  'message',
];

/** Prepositions that credit whoever follows: "according to X", "citing X". */
export const creditPrepositions: readonly string[] = ['according to', 'citing', 'as reported by'];

/**
 * Verbs that credit a speaker only in a parenthetical slot, between commas or at the end of the sentence:
 * "…, Chappatte continues.", "There will be a vetting process, Chappatte assures, as …". Elsewhere they
 * have ordinary senses ("the rally continues", "the firm maintains servers"). Reporting verbs and opinion
 * verbs also count in that slot, in either order (", argues McGarvey,", ", he believes,").
 */
export const parentheticalVerbs: readonly string[] = [
  'continues',
  'continued',
  'assures',
  'assured',
  'muses',
  'mused',
  'observes',
  'observed',
  'maintains',
  'maintained',
  'agrees',
  'agreed',
  'jokes',
  'joked',
  'quips',
  'quipped',
  'counters',
  'countered',
  'recounts',
  'recounted',
  'laments',
  'lamented',
  'concludes',
  'concluded',
  'suggests',
  'suggested',
  'hopes',
  'hoped',
  'worries',
  'worried',
];

/** Nouns of a stated view: "Smith's view is that …", "Her argument was that …". */
export const viewNouns: readonly string[] = [
  'view',
  'position',
  'argument',
  'belief',
  'contention',
  'opinion',
  'assessment',
  'stance',
  'verdict',
];
