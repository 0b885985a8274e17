import { ruleTester } from './tester.ts';

const lede =
  'NATO Secretary-General Mark Rutte arrived in Washington on Tuesday to hold talks with President Donald Trump';

ruleTester('duplicate-paragraph', {
  valid: [
    `${lede} [1].\n\nA different paragraph about the weather in Brussels on the same day.\n`,
    // Short boilerplate repeated is below the length floor.
    'Read more below.\n\nSome text in between that is long enough to matter here.\n\nRead more below.\n',
    // Headings repeat legitimately ("Background" in two sections).
    '## Background\n\nFirst section text that is long enough to count as a paragraph.\n\n## Background\n',
  ],
  invalid: [
    {
      text: `${lede} [1, 2].\n\nMiddle paragraph with other words entirely.\n\n${lede}.\n`,
      findings: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: lede.length + 2,
          message: /line 1 and lost its citations \[1, 2\]/,
        },
      ],
    },
    {
      // Case, punctuation and spacing ignored.
      text: `${lede}.\n\n${lede.toUpperCase().replace(/ /g, '  ')}!\n`,
      findings: [
        { line: 3, column: 1, message: /^Paragraph repeats the paragraph at line 1\. Remove one copy\.$/ },
      ],
    },
    {
      // One word changed is a near copy.
      text: `${lede} and to discuss the budget of the alliance for next year.\n\n${lede} and to discuss the budget of the alliance for this year.\n`,
      findings: [{ line: 3, column: 1, message: /nearly repeats the paragraph at line 1/ }],
    },
  ],
});

ruleTester('duplicate-sentence', {
  valid: [
    'The agency hired forty new engineers last year. They work in Denver.\n\nThe office opened in May.\n',
    // Inside a duplicated paragraph, the paragraph rule reports it instead.
    `${lede}.\n\n${lede}.\n`,
  ],
  invalid: [
    {
      text: 'The agency hired forty new engineers last year. They work in Denver.\n\nThe office opened in May. The agency hired forty new engineers last year.\n',
      findings: [{ line: 3, column: 27, endColumn: 74, message: /repeats a sentence at line 1/ }],
    },
  ],
});
