import { ruleTester } from './tester.ts';

ruleTester('undefined-reference', {
  valid: [
    // No source list at all: markers are opaque.
    'Talks began on Tuesday [3].\n',
    'Talks began on Tuesday [1].\n\n## Sources\n\n1. Reuters, 3 May.\n',
    'The fee doubled.[^fee]\n\n[^fee]: Annual report.\n',
  ],
  invalid: [
    {
      text: 'Talks began on Tuesday [1]. They ended on Friday [2].\n\n## Sources\n\n1. Reuters, 3 May.\n',
      findings: [
        {
          line: 1,
          column: 50,
          endColumn: 53,
          message: /\[2\] cites "2", which is not in the article's sources/,
        },
      ],
    },
    {
      text: 'The fee doubled.[^fee] It fell again.[^gone]\n\n[^fee]: Annual report.\n',
      findings: [{ line: 1, column: 38, endColumn: 45, message: /"\^gone"/ }],
    },
  ],
});

ruleTester('unused-reference', {
  valid: [
    'Talks began on Tuesday [1].\n\n## Sources\n\n1. Reuters, 3 May.\n',
    // A named link definition is used by its link, not by a marker.
    'See [the rule][rule].\n\n[rule]: https://example.gov\n',
  ],
  invalid: [
    {
      text: 'Talks began on Tuesday [1].\n\n## Sources\n\n1. Reuters, 3 May.\n2. AP, 4 May.\n',
      findings: [{ line: 6, column: 1, message: /^Source "2" is never cited in the text\.$/ }],
    },
    {
      text: 'The fee doubled.[^fee]\n\n[^fee]: Annual report.\n[^old]: Old report.\n',
      findings: [{ line: 4, column: 1, message: /^Footnote "\^old" is never cited/ }],
    },
  ],
});
