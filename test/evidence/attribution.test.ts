import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AttributionMatch, findAttributions, findQuotes } from '../../src/evidence/attribution.ts';

interface Expected {
  type: AttributionMatch['type'];
  source: string;
  cue: string;
  /** The matched text: its offsets are checked against the sentence. */
  text: string;
  plural?: boolean;
}

/** Checks one match: type, source, cue, and that its offsets cover exactly `text`. */
function expectMatch(sentence: string, match: AttributionMatch | undefined, want: Expected): void {
  expect(match).toBeDefined();
  const m = match as AttributionMatch;
  expect({ type: m.type, source: m.source, cue: m.cue }).toEqual({
    type: want.type,
    source: want.source,
    cue: want.cue,
  });
  expect(sentence.slice(m.start, m.end)).toBe(want.text);
  expect(m.start).toBe(sentence.indexOf(want.text));
  if (want.plural !== undefined) expect(m.plural).toBe(want.plural);
}

const seed =
  'Diplomatic sources said the visit is a response to increasing pressure from the Trump administration regarding the role of the U.S. within the alliance [2].';

describe('findAttributions: sentences with no attribution', () => {
  const valid: Array<[string, string]> = [
    [
      'ignores a seed sentence whose only verbs are "is tasked" and "negotiating"',
      'Rutte is tasked with maintaining cohesion among European allies while negotiating the terms of the U.S. military drawdown.',
    ],
    [
      'ignores a seed sentence with possessives that are not documents',
      "The Secretary-General is seeking to align the alliance's strategy with the current U.S. administration's approach to the Middle East as regional instability grows.",
    ],
    ['ignores "said" as an adjective after a determiner', 'The parties signed the said agreement on Monday.'],
    ['ignores "said" after "of" ("of said files")', 'It is the largest single-day release of said files.'],
    ['ignores "all told"', 'All told, 40 people were evacuated from the building.'],
    ['ignores the discourse marker "that said"', 'That said, the plan failed to win support in the senate.'],
    ['ignores "needless to say"', 'Needless to say, the launch was delayed by a week.'],
    ['ignores the writer speaking in the first person', 'As I said last week, the budget is tight.'],
    ['ignores the writer speaking as "we"', 'Like we said before, we are doing things differently.'],
    ['ignores the passive "was told to"', 'He was told to leave the building immediately.'],
    [
      'ignores an instruction "told everyone to"',
      'After the buzzer told everyone to put their pens down, all participants presented.',
    ],
    ['ignores "says a lot about"', 'The choice says a lot about the priorities of the agency.'],
    ['ignores "says it all"', 'This infographic on their website says it all.'],
    ['ignores "claims" as a noun', 'The claims were false and were withdrawn within a day.'],
    ['ignores "reports" as a noun before another verb', 'Media reports circulated widely on Tuesday.'],
    ['ignores "warnings", which is not "warns"', 'Officials issued warnings about the storm.'],
    ['ignores "the report" without a verb of finding', 'The report was published in March.'],
    [
      'ignores "United States" (never the verb "states")',
      'The United States signs a five-year agreement with Kenya.',
    ],
    ['ignores "states" as a noun after a modifier', 'European member states agreed to the new budget.'],
    [
      'ignores "added" in the sense of adding a feature',
      'The release added support for taproot descriptors.',
    ],
    ['ignores "wrote" in the sense of writing code', 'Finney wrote a proof-of-concept implementation.'],
    ['ignores "found" after a person (only documents find)', 'Rutte found a compromise before the summit.'],
    ['ignores a future statement ("will announce")', 'The ministry will announce the results on Friday.'],
    ['ignores a negated statement', 'The ministry did not say how many people were hurt.'],
    ['ignores "declined to say"', 'The spokesperson declined to say how many troops would leave.'],
    ['ignores "according to plan" (conformity, not credit)', 'The launch went according to plan.'],
    ['ignores "according to" a schedule', 'Tasks are sorted according to the schedule.'],
    [
      'ignores people familiar with something that is not a briefing',
      'People were becoming familiar with the process now.',
    ],
    ['ignores "an estimated" figure', 'An estimated 500 people attended the rally.'],
    [
      'ignores a base-form verb after a singular subject ("a police report that")',
      'However, a police report that mentioned the victim was sealed.',
    ],
    [
      'ignores open data as a possessive that is not a report',
      'You can browse the solutions created with NASA’s open data.',
    ],
    ['ignores an imperative after a comma', 'If you must use jargon, explain them.'],
    [
      'ignores the writer\'s own research ("Our research showed")',
      'Our early research showed that permits were easy to get.',
    ],
    [
      'ignores a participle after a quantifier ("some reported mutants")',
      'The tests led to PRs that address some reported mutants.',
    ],
    ['ignores "shows up"', 'Your comment shows up on the next page load.'],
    [
      'ignores "according to" a noun the head only modifies',
      'According to the official description, the census covers all states.',
    ],
    ['ignores "who they say they are"', 'Identity proofing checks that people are who they say they are.'],
    ['ignores a hypothetical speaker after "if"', 'If someone from the agency says it is broken, we fix it.'],
    ['ignores "accused of" as a participle', 'The country expels a diplomat accused of espionage.'],
    ['ignores a quantifier before a plural noun ("Some notes")', 'Some notes: the release is late.'],
    [
      'ignores a verb between the writer and an unnamed head',
      'We created research reports that were well designed.',
    ],
    ['ignores "according to" a noun that is not a source', 'According to the plan, we start on Monday.'],
    [
      'ignores a quantifier before a plural noun that is also a verb ("several posts")',
      'Sergi Delgado made several posts to Delving Bitcoin about his work.',
    ],
  ];
  it.each(valid)('%s', (_name, sentence) => {
    expect(findAttributions(sentence)).toEqual([]);
  });
});

describe('findAttributions: attribution and anonymous sources', () => {
  const invalid: Array<[string, string, Expected]> = [
    [
      'finds the seed anonymous plural "Diplomatic sources said"',
      seed,
      {
        type: 'anonymous',
        source: 'Diplomatic sources',
        cue: 'said',
        text: 'Diplomatic sources said',
        plural: true,
      },
    ],
    [
      'finds a name before "said"',
      'Rutte said the talks went well.',
      { type: 'attribution', source: 'Rutte', cue: 'said', text: 'Rutte said' },
    ],
    [
      'finds an inverted "said" with a name after a quotation',
      '“It works,” said Rutte.',
      { type: 'attribution', source: 'Rutte', cue: 'said', text: 'said Rutte' },
    ],
    [
      'keeps a title and initials with an inverted speaker',
      '“We are ready,” said Dr. David A. Chandler, Commissioner.',
      {
        type: 'attribution',
        source: 'Dr. David A. Chandler, Commissioner',
        cue: 'said',
        text: 'said Dr. David A. Chandler, Commissioner',
      },
    ],
    [
      'keeps the title of an inverted speaker up to the sentence end',
      '“Our goal is to reach people where they are,” said Sara Smith, Social Media Strategist for NIDA.',
      {
        type: 'attribution',
        source: 'Sara Smith, Social Media Strategist for NIDA',
        cue: 'said',
        text: 'said Sara Smith, Social Media Strategist for NIDA',
      },
    ],
    [
      'stops an inverted speaker before a relative clause',
      '“It helped,” said team member Kathryn Kundrod, who is now pursuing her Ph.D.',
      {
        type: 'attribution',
        source: 'team member Kathryn Kundrod',
        cue: 'said',
        text: 'said team member Kathryn Kundrod',
      },
    ],
    [
      'finds a name with its title between commas before the verb',
      'Sara Smith, Social Media Strategist for NIDA, said the program works.',
      {
        type: 'attribution',
        source: 'Sara Smith, Social Media Strategist for NIDA',
        cue: 'said',
        text: 'Sara Smith, Social Media Strategist for NIDA, said',
      },
    ],
    [
      'finds a pronoun after a quotation',
      '“The knowledgebase knows,” he said.',
      { type: 'attribution', source: 'he', cue: 'said', text: 'he said' },
    ],
    [
      'finds "told reporters"',
      'She told reporters the deal was close.',
      { type: 'attribution', source: 'She', cue: 'told', text: 'She told' },
    ],
    [
      'finds a present-tense claim in Wikipedia style',
      'The Russian military says it shot down 20 drones over the Belgorod region.',
      { type: 'attribution', source: 'The Russian military', cue: 'says', text: 'The Russian military says' },
    ],
    [
      'finds a long title chain with "of" before a present-tense verb',
      'The Organisation for the Prohibition of Chemical Weapons says that several weapons were found.',
      {
        type: 'attribution',
        source: 'The Organisation for the Prohibition of Chemical Weapons',
        cue: 'says',
        text: 'The Organisation for the Prohibition of Chemical Weapons says',
      },
    ],
    [
      'keeps a possessive cut off by masking ("Sudan \'s health ministry")',
      "Sudan 's health ministry announces that the country will launch a vaccine campaign.",
      {
        type: 'attribution',
        source: "Sudan 's health ministry",
        cue: 'announces',
        text: "Sudan 's health ministry announces",
      },
    ],
    [
      'finds "confirms" after a country',
      'Hamas confirms the death of a senior commander.',
      { type: 'attribution', source: 'Hamas', cue: 'confirms', text: 'Hamas confirms' },
    ],
    [
      'finds "claims" as a verb after a name',
      'Hamas claims responsibility for the attack.',
      { type: 'attribution', source: 'Hamas', cue: 'claims', text: 'Hamas claims' },
    ],
    [
      'finds "denies" after a country',
      'Israel denies any involvement in the explosion.',
      { type: 'attribution', source: 'Israel', cue: 'denies', text: 'Israel denies' },
    ],
    [
      'finds a base-form verb after a compound subject',
      'North Korea and Russia announce the construction of a road bridge.',
      {
        type: 'attribution',
        source: 'North Korea and Russia',
        cue: 'announce',
        text: 'North Korea and Russia announce',
      },
    ],
    [
      'finds "the ministry announced"',
      'On Monday the ministry announced new limits on exports.',
      { type: 'attribution', source: 'the ministry', cue: 'announced', text: 'the ministry announced' },
    ],
    [
      'skips adverbs and auxiliaries between speaker and verb',
      'Thomas has also said that there are many tools available.',
      { type: 'attribution', source: 'Thomas', cue: 'said', text: 'Thomas has also said' },
    ],
    [
      'joins the channel to the cue ("said in a statement")',
      'The company said in a statement that it would appeal.',
      {
        type: 'attribution',
        source: 'The company',
        cue: 'said in a statement',
        text: 'The company said in a statement',
      },
    ],
    [
      'finds a spokesperson for a body',
      'A spokesperson for the ministry said the report was false.',
      {
        type: 'attribution',
        source: 'A spokesperson for the ministry',
        cue: 'said',
        text: 'A spokesperson for the ministry said',
      },
    ],
    [
      'finds "according to" a named person',
      'There are low costs associated with SMS messages, according to Erik Augustson.',
      {
        type: 'attribution',
        source: 'Erik Augustson',
        cue: 'according to',
        text: 'according to Erik Augustson',
      },
    ],
    [
      'finds "according to" a report by a body',
      'According to a report by the IMF, growth will slow.',
      {
        type: 'attribution',
        source: 'a report by the IMF',
        cue: 'According to',
        text: 'According to a report by the IMF',
      },
    ],
    [
      'finds a document that found something',
      'The audit found that half of the contracts were late.',
      { type: 'attribution', source: 'The audit', cue: 'found', text: 'The audit found' },
    ],
    [
      'finds a dated survey by a named body',
      'A 2023 survey by Pew found that most adults read news online.',
      {
        type: 'attribution',
        source: 'A 2023 survey by Pew',
        cue: 'found',
        text: 'A 2023 survey by Pew found',
      },
    ],
    [
      "finds a body's data that show something",
      "The Census Bureau's data show a rise in remote work.",
      {
        type: 'attribution',
        source: "The Census Bureau's data",
        cue: 'show',
        text: "The Census Bureau's data show",
      },
    ],
    [
      'finds "a report by X" with no verb',
      'The figures come from a report by the Government Accountability Office.',
      {
        type: 'attribution',
        source: 'a report by the Government Accountability Office',
        cue: 'report by',
        text: 'a report by the Government Accountability Office',
      },
    ],
    [
      'finds "in an interview with X" with no reporting verb',
      'In an interview with Reuters, the minister outlined his plans.',
      {
        type: 'attribution',
        source: 'Reuters',
        cue: 'In an interview',
        text: 'In an interview with Reuters',
      },
    ],
    [
      'calls unnamed officials anonymous, even with a nationality',
      'U.S. officials say the strike hit a weapons depot.',
      { type: 'anonymous', source: 'U.S. officials', cue: 'say', text: 'U.S. officials say', plural: true },
    ],
    [
      'calls officials at a named place anonymous',
      'Officials at the Pentagon confirmed the strike.',
      {
        type: 'anonymous',
        source: 'Officials at the Pentagon',
        cue: 'confirmed',
        text: 'Officials at the Pentagon confirmed',
        plural: true,
      },
    ],
    [
      'finds a singular unnamed official',
      'A senior administration official said the order would be signed on Friday.',
      {
        type: 'anonymous',
        source: 'A senior administration official',
        cue: 'said',
        text: 'A senior administration official said',
        plural: false,
      },
    ],
    [
      'finds an official who spoke on condition of anonymity',
      'An official who spoke on condition of anonymity said the plan was dropped.',
      {
        type: 'anonymous',
        source: 'An official who spoke on condition of anonymity',
        cue: 'said',
        text: 'An official who spoke on condition of anonymity said',
        plural: false,
      },
    ],
    [
      'finds people familiar with the matter after "according to"',
      'According to people familiar with the matter, the deal is off.',
      {
        type: 'anonymous',
        source: 'people familiar with the matter',
        cue: 'According to',
        text: 'According to people familiar with the matter',
        plural: true,
      },
    ],
    [
      'finds a person briefed on the talks with no verb after it',
      'The deal, a person briefed on the talks told Reuters, is close.',
      {
        type: 'anonymous',
        source: 'a person briefed on the talks',
        cue: 'told',
        text: 'a person briefed on the talks told',
        plural: false,
      },
    ],
    [
      'finds unnamed analysts',
      'Analysts say the cuts will slow growth.',
      { type: 'anonymous', source: 'Analysts', cue: 'say', text: 'Analysts say', plural: true },
    ],
    [
      'finds critics as an unnamed source',
      'Critics say the measure goes too far.',
      { type: 'anonymous', source: 'Critics', cue: 'say', text: 'Critics say', plural: true },
    ],
    [
      'finds "some experts" with no reporting verb',
      'Some experts are sceptical of the figures.',
      { type: 'anonymous', source: 'Some experts', cue: 'Some experts', text: 'Some experts', plural: true },
    ],
    [
      'finds "it is understood"',
      'The talks, it is understood, will resume next week.',
      {
        type: 'anonymous',
        source: 'it is understood',
        cue: 'it is understood',
        text: 'it is understood',
        plural: false,
      },
    ],
    [
      'finds "it was reported"',
      'It was reported that the minister had resigned.',
      {
        type: 'anonymous',
        source: 'It was reported',
        cue: 'It was reported',
        text: 'It was reported',
        plural: false,
      },
    ],
    [
      'calls bare "Research shows" anonymous',
      'Research shows that the community relies on smartphones.',
      { type: 'anonymous', source: 'Research', cue: 'shows', text: 'Research shows', plural: false },
    ],
    [
      'calls a study that names no one anonymous',
      'A 2015 study found that the algorithms contain errors.',
      { type: 'anonymous', source: 'A 2015 study', cue: 'found', text: 'A 2015 study found', plural: false },
    ],
    [
      'calls unnamed professionals with a named affiliation attribution',
      'Scientists at the University of Exeter report a large die-off of coral reefs.',
      {
        type: 'attribution',
        source: 'Scientists at the University of Exeter',
        cue: 'report',
        text: 'Scientists at the University of Exeter report',
      },
    ],
    [
      'reads "said X has" as a title before the verb, not an inverted speaker',
      'Tina Adinolfi, Chief of the Branch at FEMA, said FEMA noticed several spikes.',
      {
        type: 'attribution',
        source: 'Tina Adinolfi, Chief of the Branch at FEMA',
        cue: 'said',
        text: 'Tina Adinolfi, Chief of the Branch at FEMA, said',
      },
    ],
    [
      'finds "argued" as a third party\'s reported opinion',
      'Christensen argued that organizations fail because of good management.',
      { type: 'attribution', source: 'Christensen', cue: 'argued', text: 'Christensen argued' },
    ],
    [
      'finds "added" before a that-clause',
      'Fox added that the service would expand next year.',
      { type: 'attribution', source: 'Fox', cue: 'added', text: 'Fox added' },
    ],
    [
      'finds "many of them said"',
      'Many of them said they simply searched for it.',
      { type: 'attribution', source: 'Many of them', cue: 'said', text: 'Many of them said' },
    ],
    [
      'finds a speaker after a sentence-initial inverted "Said"',
      'Said Darren, “A picture is worth a thousand words.”',
      { type: 'attribution', source: 'Darren', cue: 'Said', text: 'Said Darren' },
    ],
    [
      'keeps an -ing word that describes a body ("shipping firm")',
      'Danish shipping firm Maersk says that it is suspending transits.',
      {
        type: 'attribution',
        source: 'Danish shipping firm Maersk',
        cue: 'says',
        text: 'Danish shipping firm Maersk says',
      },
    ],
    [
      'finds "according to" a document with modifiers it does not know, closed by a comma',
      'According to their web analytics data, they can see up to 20 thousand requests per second.',
      {
        type: 'attribution',
        source: 'their web analytics data',
        cue: 'According to',
        text: 'According to their web analytics data',
      },
    ],
    [
      'finds a sentence-initial name whose long title has commas of its own, before "says:"',
      'Rafael López, the commissioner of the Administration on Children, Youth and Families, the federal office that works with Mississippi, California, and other states, says: “We applaud the effort.”',
      {
        type: 'attribution',
        source: 'Rafael López',
        cue: 'says',
        text: 'Rafael López, the commissioner of the Administration on Children, Youth and Families, the federal office that works with Mississippi, California, and other states, says',
      },
    ],
    [
      'finds a speaker across the spaces left by a masked link',
      'Martin Zumsande  said                   in the IRC discussion that it is fine.',
      { type: 'attribution', source: 'Martin Zumsande', cue: 'said', text: 'Martin Zumsande  said' },
    ],
  ];
  it.each(invalid)('%s', (_name, sentence, want) => {
    const found = findAttributions(sentence);
    expect(found).toHaveLength(1);
    expectMatch(sentence, found[0], want);
  });

  it('finds two attributions in one sentence, in text order', () => {
    const sentence =
      'The army claims that all of those killed were militants, while the group claims that nine were civilians.';
    const found = findAttributions(sentence);
    expect(found.map((m) => [m.source, m.cue])).toEqual([
      ['The army', 'claims'],
      ['the group', 'claims'],
    ]);
    expect(found[0]?.start).toBeLessThan(found[1]?.start as number);
  });

  it('finds an outlet and the unnamed sources it cites', () => {
    const sentence = 'The agency reported the strike late on Monday, citing military sources.';
    const found = findAttributions(sentence);
    expect(found).toHaveLength(2);
    expectMatch(sentence, found[0], {
      type: 'attribution',
      source: 'The agency',
      cue: 'reported',
      text: 'The agency reported',
    });
    expectMatch(sentence, found[1], {
      type: 'anonymous',
      source: 'military sources',
      cue: 'citing',
      text: 'citing military sources',
      plural: true,
    });
  });

  it('prefers the verb match over a qualifier phrase inside it', () => {
    const sentence = 'People familiar with the plans said the merger would close in May.';
    const found = findAttributions(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      type: 'anonymous',
      source: 'People familiar with the plans',
      cue: 'said',
      plural: true,
    });
  });

  it('records no plural flag on named attribution', () => {
    expect(findAttributions('Rutte said the talks went well.')[0]?.plural).toBeUndefined();
  });
});

describe('findAttributions: letters beyond ASCII', () => {
  it('reads accented names, with a title before them', () => {
    const sentence = 'Dr. Émile Zola said the plan would hold.';
    expectMatch(sentence, findAttributions(sentence)[0], {
      type: 'attribution',
      source: 'Dr. Émile Zola',
      cue: 'said',
      text: 'Dr. Émile Zola said',
    });
  });

  it('reads an inverted speaker with letters beyond Latin-1 and a title after a comma', () => {
    const sentence = '“The plan holds,” said Søren Østergaard, the minister.';
    expect(findAttributions(sentence)[0]).toMatchObject({
      source: 'Søren Østergaard, the minister',
      cue: 'said',
    });
  });

  it('reads a name written in letters outside the Basic Multilingual Plane', () => {
    const sentence = 'The 𝐁𝐨𝐥𝐝 Group said the plan would hold.';
    expectMatch(sentence, findAttributions(sentence)[0], {
      type: 'attribution',
      source: 'The 𝐁𝐨𝐥𝐝 Group',
      cue: 'said',
      text: 'The 𝐁𝐨𝐥𝐝 Group said',
    });
  });

  it('does not take a reporting verb inside a longer word of another script', () => {
    expect(findAttributions('Theñsaid plan would hold.')).toEqual([]);
  });
});

describe('findAttributions: configuration', () => {
  it('adds reporting verbs from the configuration', () => {
    const sentence = 'Rutte posited that the alliance would hold.';
    expect(findAttributions(sentence)).toEqual([]);
    const found = findAttributions(sentence, { attributionVerbs: ['posited'] });
    expect(found).toHaveLength(1);
    expectMatch(sentence, found[0], {
      type: 'attribution',
      source: 'Rutte',
      cue: 'posited',
      text: 'Rutte posited',
    });
  });

  it('adds a multi-word reporting verb from the configuration', () => {
    const sentence = 'Rutte went on to say that the alliance would hold.';
    const found = findAttributions(sentence, { attributionVerbs: ['went on to say'] });
    expect(found.map((m) => m.cue)).toEqual(['went on to say']);
  });

  it('adds an unnamed head noun from the configuration', () => {
    const sentence = 'Palace insiders said the king would not attend.';
    expect(findAttributions(sentence)[0]?.type).toBe('anonymous');
    const custom = 'Courtiers said the king would not attend.';
    expect(findAttributions(custom)[0]?.type).toBe('attribution');
    expect(findAttributions(custom, { anonymousSources: ['courtiers'] })[0]).toMatchObject({
      type: 'anonymous',
      source: 'Courtiers',
      plural: true,
    });
  });

  it('adds an unnamed-source phrase from the configuration', () => {
    const sentence = 'The plan, a source close to the palace confirmed, was dropped.';
    const phrase = 'Word in the corridors is that the plan was dropped.';
    expect(findAttributions(phrase)).toEqual([]);
    expect(findAttributions(phrase, { anonymousSources: ['word in the corridors'] })[0]).toMatchObject({
      type: 'anonymous',
      cue: 'Word in the corridors',
    });
    expect(findAttributions(sentence)[0]).toMatchObject({
      type: 'anonymous',
      source: 'a source close to the palace',
    });
  });

  it('adds a configured verb written with a hyphen', () => {
    const sentence = 'Rutte live-tweeted that the alliance would hold.';
    expect(findAttributions(sentence)).toEqual([]);
    expectMatch(sentence, findAttributions(sentence, { attributionVerbs: ['live-tweeted'] })[0], {
      type: 'attribution',
      source: 'Rutte',
      cue: 'live-tweeted',
      text: 'Rutte live-tweeted',
    });
  });

  it('keeps the words of each options object apart when objects are reused', () => {
    const posited = { attributionVerbs: ['posited'] };
    const opined = { attributionVerbs: ['opined'] };
    const sentences = [
      'Rutte posited that the alliance would hold.',
      'Rutte opined that the alliance would hold.',
    ];
    for (let round = 0; round < 2; round++) {
      expect(sentences.map((s) => findAttributions(s, posited).map((m) => m.cue))).toEqual([['posited'], []]);
      expect(sentences.map((s) => findAttributions(s, opined).map((m) => m.cue))).toEqual([[], ['opined']]);
    }
  });

  it('gives the same answer for the defaults after configured calls', () => {
    findAttributions('Rutte posited that.', { attributionVerbs: ['posited'] });
    expect(findAttributions('Rutte posited that the alliance would hold.')).toEqual([]);
  });
});

describe('findQuotes', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'finds a curly-quoted sentence',
      '“We have lost the ability to go back to paper,” Rutte said.',
      ['“We have lost the ability to go back to paper,”'],
    ],
    [
      'finds a straight-quoted sentence',
      '"We built this platform to help agencies," he said.',
      ['"We built this platform to help agencies,"'],
    ],
    ['leaves out a one-word scare quote', 'The so-called “equity” rules were dropped.', []],
    ['leaves out a two-word scare quote', 'They called it “mission creep” in the memo.', []],
    ['leaves out a one-word quote that ends with a full stop', 'The site is now “mobile.”', []],
    [
      'keeps a short quote that ends a sentence inside',
      'Many of them said they simply “Googled it.”',
      ['“Googled it.”'],
    ],
    ['keeps a one-word question', 'Her first reply was “Why?”', ['“Why?”']],
    [
      'keeps a short quote with a comma before its speaker',
      '“Not really,” said Lynda Lastowka.',
      ['“Not really,”'],
    ],
    [
      'runs an unclosed quotation to the sentence end',
      'Rutte said: “The alliance will hold together, and we will adapt.',
      ['“The alliance will hold together, and we will adapt.'],
    ],
    [
      'runs a quotation closed here from the sentence start',
      'We will have some in a few weeks which will pass the test.”',
      ['We will have some in a few weeks which will pass the test.”'],
    ],
    [
      'ignores apostrophes in curly single quotes',
      'The alliance’s plan doesn’t change and the minister’s view won’t either.',
      [],
    ],
    [
      'finds curly single quotes around three words or more',
      'She asked ‘How do we want them to feel?’ at the end.',
      ['‘How do we want them to feel?’'],
    ],
    ['leaves out curly single quotes around two words', 'They call it ‘mission creep’ in the memo.', []],
    ['counts a URL as one word', 'See "https://example.org/a/b/c/d" for details.', []],
    [
      'finds two quotations in order',
      '“The first one is here,” he said, “and the second one is here.”',
      ['“The first one is here,”', '“and the second one is here.”'],
    ],
    [
      'reads German low-high quotes',
      'Er sagte: „wir werden das gemeinsam schaffen“ und ging.',
      ['„wir werden das gemeinsam schaffen“'],
    ],
  ];
  it.each(cases)('%s', (_name, sentence, want) => {
    expect(findQuotes(sentence).map((s) => sentence.slice(s.start, s.end))).toEqual(want);
  });

  it('finds no quotation in the seed sentence', () => {
    expect(findQuotes(seed)).toEqual([]);
  });
});

describe('properties', () => {
  const alphabet = fc.constantFrom(
    ...'abc XYZ said says told according to sources officials “ ” " ‘ ’ \' , . : [ ] ( ) — the a of Rutte familiar with in statement 1 2023'.split(
      ' ',
    ),
    ' ',
    '  ',
  );
  const sentence = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(alphabet, { maxLength: 60 }).map((w) => w.join(' ')),
  );

  it('never throws, and returns ordered spans inside the sentence', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const spans: Array<{ start: number; end: number }>[] = [findAttributions(text), findQuotes(text)];
        for (const list of spans) {
          let last = -1;
          for (const s of list) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(s.start).toBeLessThan(s.end);
            expect(s.start).toBeGreaterThanOrEqual(last);
            last = s.start;
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives a source and a cue that are the text at the match', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        for (const m of findAttributions(text)) {
          const span = text.slice(m.start, m.end);
          expect(span).toContain(m.source);
          expect(span).toContain(m.cue);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('findAttributions: opinions and parenthetical speakers', () => {
  const found: Array<[string, string, Expected]> = [
    [
      'credits a negated opinion of a named subject ("doesn\'t think")',
      "Senator Harlow doesn't think the budget needs new taxes.",
      { type: 'attribution', source: 'Senator Harlow', cue: 'think', text: "Senator Harlow doesn't think" },
    ],
    [
      'credits "does not believe" to a singular name',
      'Okafor does not believe the merger will survive review.',
      { type: 'attribution', source: 'Okafor', cue: 'believe', text: 'Okafor does not believe' },
    ],
    [
      'credits a third-person opinion with a clause ("she thinks the plan")',
      'She thinks the plan leaves rural clinics short of staff.',
      { type: 'attribution', source: 'She', cue: 'thinks', text: 'She thinks' },
    ],
    [
      'credits "feels that" to a plural pronoun',
      'They feel that the league ignored the fans.',
      { type: 'attribution', source: 'They', cue: 'feel', text: 'They feel' },
    ],
    [
      'credits a judgement named with "called it"',
      'The mayor called it a betrayal of the riverside residents.',
      { type: 'attribution', source: 'The mayor', cue: 'called', text: 'The mayor called' },
    ],
    [
      'credits a pronoun speaker between commas ("…, he believes, could …")',
      'A shorter season, he believes, could reduce injuries.',
      { type: 'attribution', source: 'he', cue: 'believes', text: 'he believes' },
    ],
    [
      'credits a name and a parenthetical verb at the end ("…, Lindqvist continues.")',
      'The scheme is not a cure for loneliness, Lindqvist continues.',
      { type: 'attribution', source: 'Lindqvist', cue: 'continues', text: 'Lindqvist continues' },
    ],
    [
      'credits an inverted speaker between commas (", argues Moreau,")',
      'The new levy, argues Moreau, has pushed small shops out of the centre.',
      { type: 'attribution', source: 'Moreau', cue: 'argues', text: 'argues Moreau' },
    ],
    [
      'credits an outlet with "reports" at the end of the sentence',
      'The bank will raise rates again in June, The Daily Ledger reports.',
      { type: 'attribution', source: 'The Daily Ledger', cue: 'reports', text: 'The Daily Ledger reports' },
    ],
    [
      'credits "As X put it"',
      'As the minister put it, the reform is overdue.',
      {
        type: 'attribution',
        source: 'the minister',
        cue: 'As the minister put it',
        text: 'As the minister put it',
      },
    ],
    [
      'credits a named speaker\'s stated view ("X\'s view is that")',
      "Patel's view is that the tariff will backfire.",
      { type: 'attribution', source: "Patel's", cue: 'view is', text: "Patel's view is" },
    ],
    [
      'credits a named speaker after a clause-initial "When"',
      'When Ostrowski says that the port is safe, he means the new quay.',
      { type: 'attribution', source: 'Ostrowski', cue: 'says', text: 'Ostrowski says' },
    ],
    [
      'credits a speaker who opens the sentence and introduces a quotation ("X muses, ‘…’")',
      'Brannigan muses, ‘Nobody plans a second career at sixty.’',
      { type: 'attribution', source: 'Brannigan', cue: 'muses', text: 'Brannigan muses' },
    ],
  ];
  it.each(found)('%s', (_name, sentence, want) => {
    const matches = findAttributions(sentence);
    expect(matches).toHaveLength(1);
    expectMatch(sentence, matches[0], want);
  });

  const none: Array<[string, string]> = [
    [
      'leaves the first person\'s own opinion alone ("I think")',
      'I think the plan leaves clinics short of staff.',
    ],
    ['leaves "believes in" (a value, no clause) alone', 'Okafor believes in open markets.'],
    ['leaves a feeling that is not a view ("feel lonely") alone', 'Many residents feel lonely in winter.'],
    ['leaves "felt it" with no clause alone', 'The ground shook and the sensors felt it, too.'],
    ['leaves a phone call ("called him back") alone', 'The mayor called him back on Tuesday.'],
    ['leaves a naming participle (", called Lucene,") alone', 'The search engine, called Lucene, grew fast.'],
    ['leaves an imperative (", consider Aileen,") alone', 'First, consider Aileen, who runs a pottery shop.'],
    ['leaves a question about a view alone', 'Who do they think the audience is?'],
    [
      'leaves a generalisation about people alone ("Many people believe")',
      'Many people believe that clarity brings certainty.',
    ],
    [
      'leaves a list of nouns (", payer claims,") alone',
      'It joins health records, payer claims, and registries.',
    ],
    ['leaves "expected to" as a participle alone', 'Turnout is high, with the incumbent expected to win.'],
    ['leaves "the rally continues" without a slot alone', 'The rally continues through Sunday.'],
  ];
  it.each(none)('%s', (_name, sentence) => {
    expect(findAttributions(sentence)).toEqual([]);
  });

  it('credits the teller, not the listener, of "…, told Fortune."', () => {
    const sentence = 'Cases topped 1%, a doctor at the clinic told Fortune.';
    expect(findAttributions(sentence).map((m) => m.source)).toEqual(['a doctor at the clinic']);
  });
});
