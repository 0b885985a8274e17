import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abbreviationKind } from '../../src/segment/abbreviations.ts';
import { displayText } from '../../src/segment/clean.ts';
import { splitSentences } from '../../src/segment/index.ts';

const texts = (input: string) => splitSentences(input).map((s) => s.text);

/** [behaviour, input, expected sentences] */
type Case = [string, string, string[]];

function table(cases: Case[]) {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
}

describe('abbreviations and initials', () => {
  table([
    [
      'keeps "D.C.," inside the sentence',
      'Rutte arrived in Washington, D.C., this Tuesday.',
      ['Rutte arrived in Washington, D.C., this Tuesday.'],
    ],
    [
      'keeps "U.S." before a lowercase word',
      'The U.S. administration moves to cut troops.',
      ['The U.S. administration moves to cut troops.'],
    ],
    [
      'keeps "U.S." before a proper noun',
      'The U.S. Senate voted. It passed.',
      ['The U.S. Senate voted.', 'It passed.'],
    ],
    [
      'ends at "U.S." before a sentence starter',
      'It happened in the U.S. The next day he left.',
      ['It happened in the U.S.', 'The next day he left.'],
    ],
    [
      'ends at "U.S." before a quantifier',
      'He was born in the U.S. Millions watched.',
      ['He was born in the U.S.', 'Millions watched.'],
    ],
    [
      'keeps titles with the name',
      'Gen. Smith met Sen. Jones, Dr. Lee and Prof. Kim.',
      ['Gen. Smith met Sen. Jones, Dr. Lee and Prof. Kim.'],
    ],
    ['keeps "St. Louis" whole', 'He moved to St. Louis last year.', ['He moved to St. Louis last year.']],
    ['keeps a month before a day', 'On Jan. 20 and Sept. 5 they met.', ['On Jan. 20 and Sept. 5 they met.']],
    [
      'keeps "No." before a number',
      'He lives at No. 10 Downing Street.',
      ['He lives at No. 10 Downing Street.'],
    ],
    [
      'ends at "No." before a word',
      'The answer was No. Then he left.',
      ['The answer was No.', 'Then he left.'],
    ],
    [
      'ends at "etc." before a capitalised word',
      'They sold apples, pears, etc. The shop closed.',
      ['They sold apples, pears, etc.', 'The shop closed.'],
    ],
    [
      'keeps "etc." before a lowercase word',
      'They sold apples, pears, etc. and left.',
      ['They sold apples, pears, etc. and left.'],
    ],
    [
      'ends at a company suffix before a capitalised word',
      'They closed the deal with Briggs & Co. It closed yesterday.',
      ['They closed the deal with Briggs & Co.', 'It closed yesterday.'],
    ],
    [
      'keeps a company suffix before its defined name',
      'Acme Inc. (“Acme”) and Beta Inc. signed.',
      ['Acme Inc. (“Acme”) and Beta Inc. signed.'],
    ],
    [
      'keeps "e.g." and "vs."',
      'Teams, e.g. Mr. Smith vs. Mr. Jones, played.',
      ['Teams, e.g. Mr. Smith vs. Mr. Jones, played.'],
    ],
    [
      'ends at "p.m." before a capitalised word',
      'He left at 6 P.M. Travelers stayed.',
      ['He left at 6 P.M.', 'Travelers stayed.'],
    ],
    [
      'keeps "a.m." before a weekday',
      'At 10 a.m. Tuesday the vote began.',
      ['At 10 a.m. Tuesday the vote began.'],
    ],
    [
      'keeps single-letter initials',
      'J. K. Rowling met Alfred E. Sloan.',
      ['J. K. Rowling met Alfred E. Sloan.'],
    ],
    [
      'ends at "I." after a lowercase word',
      'You and I. Did you see Albert I. Jones?',
      ['You and I.', 'Did you see Albert I. Jones?'],
    ],
  ]);
});

describe('citation markers', () => {
  table([
    [
      'keeps "[1]" with the sentence before it',
      'Washington.[1] Trump said',
      ['Washington.[1]', 'Trump said'],
    ],
    [
      'keeps "[1, 2]" with the sentence before it',
      'Washington.[1, 2] Trump said',
      ['Washington.[1, 2]', 'Trump said'],
    ],
    ['keeps a hyphen range', 'Washington.[1-3] Trump said', ['Washington.[1-3]', 'Trump said']],
    ['keeps an en-dash range', 'Washington.[1–3] Trump said', ['Washington.[1–3]', 'Trump said']],
    ['keeps repeated markers', 'Washington.[1][2] Trump said', ['Washington.[1][2]', 'Trump said']],
    ['keeps footnote labels', 'Washington.[^a] Trump said', ['Washington.[^a]', 'Trump said']],
    ['keeps superscript digits', 'Washington.¹² Trump said', ['Washington.¹²', 'Trump said']],
    ['keeps a marker after a space', 'Washington. [1] Trump said', ['Washington. [1]', 'Trump said']],
    [
      'splits after "]." when the marker comes first',
      'Tensions over Iran [1, 2]. The Secretary-General is seeking.',
      ['Tensions over Iran [1, 2].', 'The Secretary-General is seeking.'],
    ],
    [
      'keeps footnote numbers after a period',
      'It is a gap in a consultation.11 12 Take the cold.',
      ['It is a gap in a consultation.11 12', 'Take the cold.'],
    ],
    [
      'does not treat an outlet credit as a marker',
      'Rutte said so (Reuters). Then he left.',
      ['Rutte said so (Reuters).', 'Then he left.'],
    ],
  ]);
});

describe('quotations and brackets', () => {
  table([
    [
      'splits after a closing quote',
      'He said "I agree." Then he left.',
      ['He said "I agree."', 'Then he left.'],
    ],
    [
      'keeps a lowercase continuation after "?" inside a quote',
      '"Is it?" she asked.',
      ['"Is it?" she asked.'],
    ],
    [
      'keeps a multi-sentence quotation with its speaker',
      '"We are united. We will stay united," Rutte said.',
      ['"We are united. We will stay united," Rutte said.'],
    ],
    [
      'splits before a new quotation',
      '"We are united," Rutte said. "We will stay."',
      ['"We are united," Rutte said.', '"We will stay."'],
    ],
    [
      'keeps a parenthesis with its sentence',
      'He teaches (He worked as an engineer.) at the University.',
      ['He teaches (He worked as an engineer.) at the University.'],
    ],
    [
      'splits after a quotation cut off by a dash',
      'He began, "So you see, to--" At this moment she left.',
      ['He began, "So you see, to--"', 'At this moment she left.'],
    ],
    [
      'does not pair apostrophes as quotes',
      "The Smiths' house burned. Nobody's hurt.",
      ["The Smiths' house burned.", "Nobody's hurt."],
    ],
  ]);
});

describe('numbers, addresses and ellipses', () => {
  table([
    [
      'keeps decimals and prices',
      'She has $100.00 in her bag. It is 3.5 percent.',
      ['She has $100.00 in her bag.', 'It is 3.5 percent.'],
    ],
    [
      'ends after a URL',
      'Visit https://www.example.50.com/a.html. Please check it out.',
      ['Visit https://www.example.50.com/a.html.', 'Please check it out.'],
    ],
    [
      'ends after an e-mail address',
      'Write to john.doe@example.com. I will reply.',
      ['Write to john.doe@example.com.', 'I will reply.'],
    ],
    [
      'ends at an ellipsis before a capital',
      'I never meant that.... She left.',
      ['I never meant that....', 'She left.'],
    ],
    ['keeps an ellipsis before a lowercase word', 'Wait… what did you say?', ['Wait… what did you say?']],
    [
      'keeps a bracketed omission',
      '"Bohr [...] used stairways [...]" (Smith 55).',
      ['"Bohr [...] used stairways [...]" (Smith 55).'],
    ],
    [
      'keeps a dotted number list',
      'Today is 11.18.2014. Tomorrow too.',
      ['Today is 11.18.2014.', 'Tomorrow too.'],
    ],
  ]);
});

describe('lists and line breaks', () => {
  table([
    [
      'splits inline numbered items',
      '1. The first item 2. The second item',
      ['1. The first item', '2. The second item'],
    ],
    [
      'splits inline lettered items',
      'a) The first item b) The second item',
      ['a) The first item', 'b) The second item'],
    ],
    [
      'splits bulleted items',
      '• 9. The first item • 10. The second item',
      ['• 9. The first item', '• 10. The second item'],
    ],
    [
      'ends at a number that closes a sentence',
      'It is 60 seconds by 1. In the UTC scale it varies.',
      ['It is 60 seconds by 1.', 'In the UTC scale it varies.'],
    ],
    [
      'splits at a blank line',
      'First paragraph\n\nSecond paragraph',
      ['First paragraph', 'Second paragraph'],
    ],
    [
      'splits at a line break before a capital',
      'A heading\nThe text follows.',
      ['A heading', 'The text follows.'],
    ],
    [
      'joins a line wrapped before a lowercase word, shown with a space',
      'It was a cold \nnight in the city.',
      ['It was a cold night in the city.'],
    ],
    ['splits at a lone carriage return', 'One.\rTwo.', ['One.', 'Two.']],
  ]);
});

describe('markup and noise', () => {
  table([
    [
      'treats inline HTML tags as transparent',
      'This is the U.S. Senate my friends. <em>Yes.</em> <em>It is</em>!',
      ['This is the U.S. Senate my friends.', 'Yes.', 'It is!'],
    ],
    [
      'breaks at block tags and drops tag-only stretches',
      '<h2 class="x">Hello</h2>\n<p>This is a test. Another test.</p>\n<div><p>\n<img src="/a/b.jpg">\n</p></div>',
      ['Hello', 'This is a test.', 'Another test.'],
    ],
    ['splits list items given as tags', '<ul><li>One</li><li>Two</li></ul>', ['One', 'Two']],
    [
      'joins words around a line-break tag before a lowercase word',
      'It was a cold<br>night.',
      ['It was a cold night.'],
    ],
    ['removes entity-escaped tags', 'It is &lt;b&gt;true&lt;/b&gt;. Yes.', ['It is true.', 'Yes.']],
    ['leaves a comparison alone', 'If a < b and c > d, stop. Go.', ['If a < b and c > d, stop.', 'Go.']],
    ['removes inline formatting codes', 'Hello{b^&gt;1&lt;b^} hello{b^>1<b^}.', ['Hello hello.']],
    [
      'removes dots glued to a word',
      'Remove long strings of dots........please.',
      ['Remove long strings of dots please.'],
    ],
    [
      'keeps four dots glued to a capital',
      'I never meant that....She left.',
      ['I never meant that....She left.'],
    ],
    [
      'removes leader dots and their page number',
      'Introduction ........ 5\nMethods .......... 12',
      ['Introduction', 'Methods'],
    ],
    [
      'removes leader dots before a block tag',
      '<p>Contents....5</p><p>Next page.</p>',
      ['Contents', 'Next page.'],
    ],
    [
      'drops rules made of one repeated mark',
      '////////Header starts here\r////////\n=====',
      ['Header starts here'],
    ],
    ['drops a line of one mark', 'Warning\n/\nSecond line', ['Warning', 'Second line']],
    [
      'keeps a line of spaced asterisks as a section break',
      'One.\n\n* * * * *\n\nTwo.',
      ['One.', '* * * * *', 'Two.'],
    ],
    ['drops a page number on its own line', '\n3\n\nIntroduction\n\n', ['Introduction']],
    ['keeps a number inside a line', 'The score was\n3 to 1.', ['The score was', '3 to 1.']],
    ['breaks at line breaks written as text', 'Hello World. \\ r \\ nHello.', ['Hello World.', 'Hello.']],
    ['breaks at "\\r\\n" written as text', 'One line\\r\\nAnother line', ['One line', 'Another line']],
    ['breaks at a written-out blank line', 'One line\\n\\nanother', ['One line', 'another']],
    [
      'joins at a written-out line break before a lowercase word',
      'One line\\r\\nanother',
      ['One line another'],
    ],
    ['leaves a backslash path alone', 'Open C:\\news today.', ['Open C:\\news today.']],
    [
      'reads typewriter quotes as quotation marks',
      "He said: `The people! Theft! The holy fire!' Then he left. ``Fine,'' she said.",
      ["He said: 'The people! Theft! The holy fire!'", 'Then he left.', '"Fine," she said.'],
    ],
    [
      'joins capitals spaced one group per line',
      '\n\nW\nA\nRN\nI\nNG\n \n/\n \nA\nV\nE\nR\nT\n',
      ['WARNING', 'AVERT'],
    ],
    ['keeps two short capital lines apart', 'UK\nUS\nThe end.', ['UK', 'US', 'The end.']],
    [
      'collapses runs of white space',
      'Get rid of   unnecessary \t white space.',
      ['Get rid of unnecessary white space.'],
    ],
  ]);

  it('keeps exact offsets around removed tags', () => {
    const input = 'Hi. <em>Yes.</em> <em>It is</em>!';
    expect(splitSentences(input)).toEqual([
      { text: 'Hi.', start: 0, end: 3 },
      { text: 'Yes.', start: 8, end: 12 },
      { text: 'It is!', start: 22, end: 33 },
    ]);
  });

  it('shows the display form through displayText', () => {
    expect(displayText('<b>A</b>  rule:////\n ok')).toBe('A rule: ok');
  });
});

describe('other scripts and empty input', () => {
  table([
    ['keeps Intl.Segmenter breaks after "。"', '你好。世界。', ['你好。', '世界。']],
    ['gives no sentence for empty text', '', []],
    ['gives no sentence for pure white space', ' \n\t\r\n ', []],
    ['gives no sentence for punctuation alone', ' ... !? -- ', []],
  ]);
});

describe('offsets', () => {
  it('trims white space out of spans and keeps exact offsets', () => {
    const input = '  Hello world.   Next one.  ';
    expect(splitSentences(input)).toEqual([
      { text: 'Hello world.', start: 2, end: 14 },
      { text: 'Next one.', start: 17, end: 26 },
    ]);
  });
});

describe('abbreviation data', () => {
  it('treats unlisted dotted initials like "N.Y." as acronyms and plain words as nothing', () => {
    expect(abbreviationKind('F.B.I.')).toBe('acronym');
    expect(abbreviationKind('Mr.')).toBe('title');
    expect(abbreviationKind('min.')).toBeUndefined();
  });
});

describe('seed article', () => {
  it('finds 13 sentences over 8 paragraphs', () => {
    const seed = readFileSync(new URL('../../fixtures/seed/nato-rutte.txt', import.meta.url), 'utf8');
    const paragraphs = seed.split(/\n\s*\n/).map((p) => p.replace(/\n/g, ' '));
    const sentences = paragraphs.map(texts);
    expect(paragraphs).toHaveLength(8);
    expect(sentences.map((s) => s.length)).toEqual([1, 2, 2, 2, 2, 1, 1, 2]);
    expect(sentences.flat()).toHaveLength(13);
    expect(sentences[0]?.[0]).toMatch(/^NATO .*D\.C\., this Tuesday .*\[1, 2\]\.$/);
    expect(sentences[2]).toEqual([
      'Beyond the troop reductions, the discussions are driven by heightened global tensions regarding Iran [1, 2].',
      "The Secretary-General is seeking to align the alliance's strategy with the current U.S. administration's approach to the Middle East as regional instability grows.",
    ]);
  });
});

/** Characters that exercise the rules: terminators, closers, markers, quotes, line breaks, markup. */
const tricky = fc.constantFrom(
  ...'aZ .!?…"\'“”‘’()[]1¹ \n\r\t,-—•`/<>*'.split(''),
  'U.S.',
  'Mr.',
  ' The ',
  '[1, 2]',
  '. . .',
  '....',
  'a. ',
  '1) ',
  '(i) ',
  'e.g.',
  'etc.',
  '\n\n',
  '<em>',
  '</p>',
  '<br>',
  '&lt;b&gt;',
  '\\n',
  '////',
  'W\n',
  '\n3\n',
  '* * *',
);

const LETTERS = /\p{L}/gu;
const letters = (s: string) => (s.match(LETTERS) ?? []).join('');

describe('any string', () => {
  it('gives ordered spans with exact offsets whose text is the cleaned slice, never empty, losing no letter', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(tricky, { maxLength: 80 }).map((a) => a.join('')),
        ),
        (input) => {
          const spans = splitSentences(input);
          let last = 0;
          for (const s of spans) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(input.length);
            expect(s.text).toBe(displayText(input.slice(s.start, s.end)));
            expect(s.text).not.toBe('');
            last = s.end;
          }
          expect(letters(spans.map((s) => s.text).join(' '))).toBe(letters(displayText(input)));
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('large inputs', () => {
  it('finishes on 1 MB of "a." without splitting it', () => {
    const input = 'a.'.repeat(512 * 1024);
    const spans = splitSentences(input);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.end).toBe(input.length);
  });

  it('finishes on 100,000 periods and gives no sentence', () => {
    expect(texts('.'.repeat(100_000))).toEqual([]);
  });

  it('finishes on 1 MB of markup-like and noise input', () => {
    const inputs = [
      '<a '.repeat(300_000),
      '<em>a.</em> '.repeat(80_000),
      '&lt;b '.repeat(150_000),
      `a${'.'.repeat(500_000)} ${' '.repeat(500_000)}x`,
      '\\ n'.repeat(300_000),
      '/'.repeat(1_000_000),
      'W\n'.repeat(500_000),
      '`'.repeat(1_000_000),
    ];
    for (const input of inputs) {
      const spans = splitSentences(input);
      for (const s of spans) expect(s.end).toBeLessThanOrEqual(input.length);
    }
    expect(texts('<em>a.</em> '.repeat(80_000))).toHaveLength(1);
    expect(texts('W\n'.repeat(500_000))[0]).toHaveLength(500_000);
  });

  it('finishes on 100,000 line breaks around two words', () => {
    expect(texts(`One${'\n'.repeat(100_000)}Two`)).toEqual(['One', 'Two']);
  });

  it('finishes on 100,000 spaced periods and unmatched quotes', () => {
    expect(texts('word. '.repeat(1) + '. '.repeat(100_000)).length).toBeGreaterThan(0);
    expect(texts('"a '.repeat(50_000)).length).toBe(1);
  });
});
