import { describe, expect, it } from 'vitest';
import { type ClassifyInput, classifySentence } from '../../src/classify/index.ts';
import {
  evaluativeAdjectives,
  evaluativeNouns,
  evaluativeVerbs,
} from '../../src/classify/lexicon/evaluative.ts';
import { interpretivePhrases, interpretiveVerbs } from '../../src/classify/lexicon/interpretive.ts';
import { prediction, prescription, speculation } from '../../src/classify/lexicon/modality.ts';
import { intensifiers, personalStance, stanceAdverbs } from '../../src/classify/lexicon/stance.ts';

const sentence = (text: string, more: Partial<ClassifyInput> = {}): ClassifyInput => ({
  text,
  blockType: 'paragraph',
  attributed: false,
  quoted: false,
  ...more,
});
const classify = (text: string, more: Partial<ClassifyInput> = {}) => classifySentence(sentence(text, more));

describe('the seed article (fixtures/seed/nato-rutte.txt), markers masked', () => {
  const seed: Array<[string, 'fact' | 'analysis', boolean, Partial<ClassifyInput>?]> = [
    [
      'NATO Secretary-General Mark Rutte arrived in Washington, D.C., this Tuesday to hold high-stakes talks with President Donald Trump        .',
      'fact',
      true,
    ],
    [
      'The meeting comes at a critical juncture for the alliance as the U.S. administration moves to reduce the amount of troops and equipment provided to European allies in the event of an attack        .',
      'fact',
      true,
    ],
    [
      'This shift in military commitment threatens to alter the security architecture of the North Atlantic Treaty Organization and puts pressure on member states to increase their own defense spending.',
      'analysis',
      false,
    ],
    [
      'Beyond the troop reductions, the discussions are driven by heightened global tensions regarding Iran        .',
      'fact',
      true,
    ],
    [
      "The Secretary-General is seeking to align the alliance's strategy with the current U.S. administration's approach to the Middle East as regional instability grows.",
      'fact',
      true,
    ],
    [
      'Diplomatic sources said the visit is a response to increasing pressure from the Trump administration regarding the role of the U.S. within the alliance    .',
      'fact',
      true,
      { attributed: true },
    ],
    [
      'Rutte is tasked with maintaining cohesion among European allies while negotiating the terms of the U.S. military drawdown.',
      'fact',
      true,
    ],
    [
      'While the specific agenda for the meetings remains confidential, the primary objectives include addressing the security gap created by the reduction of U.S. assets in Europe, and coordinating a unified response to Iranian activities        .',
      'fact',
      true,
    ],
    [
      'The outcome of these talks will likely determine the level of U.S. involvement in NATO operations for the foreseeable future.',
      'analysis',
      false,
    ],
    [
      'The visit underscores a period of transition for the alliance as it navigates a more transactional approach to security from its most powerful member    .',
      'analysis',
      false,
    ],
    [
      'NATO Secretary-General Mark Rutte arrived in Washington, D.C., this Tuesday to hold high-stakes talks with President Donald Trump.',
      'fact',
      true,
    ],
    [
      'The reduction of U.S. troop and equipment commitments signals a strategic pivot toward a more limited role in European territorial defense.',
      'analysis',
      false,
    ],
    [
      "By coupling these cuts with high-level talks on Iran, the U.S. is leveraging its military primacy to reshape NATO's priorities and force European allies to assume greater responsibility for their own security.",
      'analysis',
      false,
    ],
  ];
  it.each(seed)('%s -> %s (claim %s)', (text, kind, claim, more) => {
    const result = classify(text, more);
    expect(result.kind).toBe(kind);
    expect(result.claim).toBe(claim);
    expect(result.reasons.length).toBeGreaterThan(0);
  });
});

describe('analysis cues in the writer’s voice', () => {
  const cases: Array<[string, string]> = [
    ['The cuts signal a strategic pivot away from Europe.', 'signal a'],
    ['The visit underscores a period of transition for the alliance.', 'underscore'],
    ['The new tariff threatens to split the coalition before the election.', 'threatens to'],
    ['The ruling will likely determine how the agency spends its budget.', 'will likely'],
    ['The company is leveraging its market share to squeeze suppliers.', 'leveraging'],
    ['The government should publish the full contract for the bridge.', 'should'],
    ['Ministers must act before the winter fuel crisis deepens.', 'must'],
    ['I think the council made the wrong call on the stadium.', 'i think'],
    ['We must not let this moment pass without reform.', 'we must'],
    ['The plan is reckless and the timing is worse.', 'reckless'],
    ['Clearly, the board had no intention of listening to the staff.', 'clearly'],
    ['The whole rollout was an utter fiasco for the ministry.', 'fiasco'],
    ['The deal is perhaps the clearest sign of the new approach.', 'perhaps'],
  ];
  it.each(cases)('%s -> analysis, naming "%s"', (text, cue) => {
    const result = classify(text);
    expect(result.kind).toBe('analysis');
    expect(result.claim).toBe(false);
    expect(result.reasons.join(' ')).toContain(cue);
  });

  it('labels each cue with its class in the reason', () => {
    expect(
      classify('This shift threatens to alter the security architecture of the region.').reasons,
    ).toContain('analysis: "threatens to" (prediction)');
  });

  it('needs two weak cues where one strong cue is enough', () => {
    expect(classify('The hall at Wembley was very full when the band arrived.').kind).not.toBe('analysis');
    expect(classify('The hall at Wembley was very full and the speech was really long.').kind).toBe(
      'analysis',
    );
  });

  it('treats an exclamation in the writer’s voice as analysis', () => {
    const result = classify('And the board still approved the whole plan!');
    expect(result.kind).toBe('analysis');
    expect(result.reasons).toContain('analysis: exclamation');
  });

  it('treats a rhetorical question as analysis', () => {
    const result = classify("Isn't it obvious that the council has failed the town?");
    expect(result.kind).toBe('analysis');
    expect(result.reasons[0]).toBe('analysis: rhetorical question');
  });

  it('grades looks and hyperbolic size as judgement', () => {
    expect(classify('The singer looked glamorous in a velvet gown at the premiere.').reasons).toContain(
      'analysis: "glamorous" (evaluative)',
    );
    expect(classify('The club paid an eye-watering fee for the striker.').kind).toBe('analysis');
  });

  it('reads loaded verbs of saying as the writer characterising the speaker', () => {
    expect(classify('Opposition MPs spent the afternoon whingeing about the new rota.').reasons).toContain(
      'analysis: "whingeing" (evaluative)',
    );
  });

  it('adds configured analysis cues', () => {
    const text = 'The Lufthansa merger is a game changer for regional airlines.';
    expect(classifySentence(sentence(text)).kind).toBe('fact');
    const configured = classifySentence(sentence(text), { analysisCues: ['game changer'] });
    expect(configured.kind).toBe('analysis');
    expect(configured.reasons).toContain('analysis: "game changer" (configured cue)');
  });

  it('ignores cue words inside a quotation: they are the speaker’s, not the writer’s', () => {
    const result = classify('The minister called the plan “reckless and absurd” in Parliament on Monday.', {
      quoted: true,
    });
    expect(result.kind).toBe('fact');
    expect(result.claim).toBe(true);
  });

  it('does not read news adjectives of importance as judgements', () => {
    expect(
      classify('The talks come at a critical juncture for the alliance, officials in Brussels noted.').kind,
    ).toBe('fact');
    expect(classify('Rutte held high-stakes talks with President Trump in Washington.').kind).toBe('fact');
  });

  it('does not read a plain future with a date as a forecast', () => {
    expect(classify('The summit will open in Vilnius on July 11.').kind).toBe('fact');
  });
});

describe('framing cues do not hide checkable detail', () => {
  it.each([
    'I think we have 20 million people out of work in this country.',
    'Let me say again, we signed 200 trade agreements in the last four years.',
    'It cost just $3 billion, you know, over 10 years.',
  ])('%s -> fact (a number or date with only framing cues)', (text) => {
    const result = classify(text);
    expect(result.kind).toBe('fact');
    expect(result.claim).toBe(true);
    expect(result.reasons.join(' ')).toMatch(/fact: checkable detail outweighs framing \(/);
  });

  it('reads attention openers ("Look,", "Let me say") as framing, not as an order', () => {
    const result = classify('Look, there was a trillion dollars in debt before 1981.');
    expect(result.kind).toBe('fact');
    expect(result.reasons.join(' ')).toContain('"look" (imperative)');
    expect(classify('Vote against the 2024 budget on Tuesday.').kind).toBe('analysis');
  });

  it('keeps a number with a judging cue as analysis', () => {
    expect(classify('The 2019 budget was a disaster for the 40 towns it touched.').kind).toBe('analysis');
    expect(classify('We must hire 5,000 more nurses by 2030.').kind).toBe('analysis');
  });

  it('needs a measure or a calendar date, not a relative time word, to outweigh framing', () => {
    expect(classify('Today, the party is really quite lost on housing.').kind).toBe('analysis');
    expect(classify('In March, the party really lost quite a lot of seats.').kind).toBe('fact');
  });

  it('keeps framing cues without checkable detail as analysis', () => {
    expect(classify('I think the council has lost its way on housing.').kind).toBe('analysis');
  });
});

describe('language', () => {
  it('reads short English speech with contractions as English', () => {
    const result = classify("We've negotiated over 200 separate trade agreements.");
    expect(result.reasons).not.toContain('other: not English (cannot be judged)');
    expect(result.kind).toBe('fact');
  });

  it('still sets aside a sentence in another language', () => {
    expect(classify('Die Regierung hat gestern neue Regeln für Banken beschlossen.').reasons).toEqual([
      'other: not English (cannot be judged)',
    ]);
  });
});

describe('attributed opinion is reported fact', () => {
  const cases = [
    'Critics argued that the plan is reckless and will fail.',
    'According to the union, the new rota is unfair to night staff.',
    'Senator Warren said the bill should be scrapped entirely.',
  ];
  it.each(cases)('%s -> fact', (text) => {
    const result = classify(text, { attributed: true });
    expect(result.kind).toBe('fact');
    expect(result.claim).toBe(true);
    expect(result.reasons[0]).toMatch(/^fact: attributed \(reported opinion: /);
  });

  it('says plainly that an attributed sentence without opinion words is attributed', () => {
    expect(classify('The ministry said the ferry left port at noon.', { attributed: true }).reasons[0]).toBe(
      'fact: attributed',
    );
  });
});

describe('questions, headings, boilerplate and short text are other', () => {
  it.each([
    ['What happens to the troops now?', 'other: question'],
    ['Read more: how the alliance was built', 'other: boilerplate'],
    ['Photo: Rutte arrives at the White House in Washington', 'other: boilerplate'],
    ['He left.', 'other: too short (2 words)'],
    ['Why it matters', 'other: too short (3 words)'],
  ])('%s -> %s', (text, reason) => {
    const result = classify(text);
    expect(result.kind).toBe('other');
    expect(result.claim).toBe(false);
    expect(result.reasons).toEqual([reason]);
  });

  it('treats any heading as other', () => {
    const result = classify('Rutte arrives in Washington for talks with Trump', { blockType: 'heading' });
    expect(result).toEqual({ kind: 'other', claim: false, reasons: ['other: heading'] });
  });

  it('treats a statement with nothing checkable and no stance as other', () => {
    const result = classify('And that is how things stand at the moment.');
    expect(result.kind).toBe('other');
    expect(result.claim).toBe(false);
  });
});

describe('claims and their reasons', () => {
  it.each([
    ['Officials counted 36,000 troops at the border crossing.', 'claim: number "36,000"'],
    ['The strike began in March and closed the ports.', 'claim: date/time "March"'],
    ['The vote took place in 2019 after a long debate.', 'claim: date/time "2019"'],
    ['The parliament approved the budget yesterday after a debate.', 'claim: date/time "yesterday"'],
    [
      'The European Commission opened an inquiry into the merger.',
      'claim: named actor "European Commission"',
    ],
    [
      'Inflation in the region is higher than in any other part of the country.',
      'claim: comparison "higher than"',
    ],
    ['The committee rejected the proposal after a short hearing.', 'claim: event "rejected"'],
  ])('%s -> %s', (text, reason) => {
    const result = classify(text);
    expect(result.kind).toBe('fact');
    expect(result.claim).toBe(true);
    expect(result.reasons[0]).toBe('fact: statement');
    expect(result.reasons).toContain(reason);
  });

  it('gives a quote as a reason', () => {
    const result = classify('“We will not retreat from the border,” the commander told troops.', {
      quoted: true,
      attributed: true,
    });
    expect(result.claim).toBe(true);
    expect(result.reasons).toContain('claim: quote');
  });

  it('does not take a capitalised first word or a nationality adjective for a named actor', () => {
    expect(classify('Taxes on fuel went up across the region last year.').reasons.join(' ')).not.toContain(
      'named actor',
    );
    expect(classify('They met Iranian diplomats at the hotel.').reasons).not.toContain(
      'claim: named actor "Iranian"',
    );
  });

  it('reads a spelled-out hyphenated number or a teen as a number', () => {
    expect(classify('We have twenty-five thousand teachers in the program.').reasons).toContain(
      'claim: number "twenty-five"',
    );
    expect(classify('Inflation fell to eighty-four points in that survey.').reasons).toContain(
      'claim: number "eighty-four"',
    );
    expect(classify('There are fifteen states with that law.').reasons).toContain('claim: number "fifteen"');
  });

  it('does not take a name used to address the listener at the start for a named actor', () => {
    expect(
      classify('Mr. Corddry, I am well aware of the problems of this country.').reasons.join(' '),
    ).not.toContain('named actor');
    expect(classify("But, George, that's no answer to the question.").reasons.join(' ')).not.toContain(
      'named actor',
    );
    expect(classify('Senator Kennedy, who chairs the panel, voted against it.').reasons).toContain(
      'claim: named actor "Senator Kennedy"',
    );
  });

  it('reads a sentence opening on a bare verb of request as an imperative, not a fact', () => {
    const result = classify('Give us a balanced budget amendment.');
    expect(result.kind).toBe('analysis');
    expect(result.reasons).toContain('analysis: "give" (imperative)');
  });

  it('does not read an irregular verb after "to", a modal or "be" as an event', () => {
    expect(classify('There is much work still to be done.').reasons.join(' ')).not.toContain('claim: event');
    expect(classify('These are the weapons that can hit us.').reasons.join(' ')).not.toContain(
      'claim: event',
    );
    expect(classify('The council sold the land to a developer.').reasons).toContain('claim: event "sold"');
  });

  it('keeps the full stop of an abbreviated name', () => {
    expect(classify('The U.S. moved two brigades to the region.').reasons).toContain(
      'claim: named actor "U.S."',
    );
  });
});

describe('lexicons', () => {
  const lists = {
    interpretivePhrases,
    prediction,
    speculation,
    prescription,
    stanceAdverbs,
    intensifiers,
    personalStance,
    evaluativeAdjectives,
    evaluativeNouns,
  };
  it.each(Object.entries(lists))('%s holds lower-case cues without duplicates', (_name, list) => {
    const cues = list.map((c) => c.cue);
    for (const cue of cues) expect(cue).toBe(cue.toLowerCase().trim());
    expect(new Set(cues).size).toBe(cues.length);
  });

  it.each(Object.entries({ interpretiveVerbs, evaluativeVerbs }))(
    '%s gives verbs in the base form',
    (_n, list) => {
      for (const v of list) expect(v.verb).toMatch(/^[a-z]+$/);
    },
  );
});
