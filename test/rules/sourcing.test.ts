import { ruleTester } from './tester.ts';

ruleTester('unsourced-claim', {
  valid: [
    'The agency hired 40 engineers in March 2024 [1].\n',
    'The agency hired 40 engineers in March 2024, the director said.\n',
    'According to the annual report, the agency hired 40 engineers in 2024.\n',
    'The agency hired 40 engineers in 2024. [(Reuters)](https://example.com/r)\n',
    '[The audit](https://example.gov/a.pdf) found 12 errors in the 2023 accounts.\n',
    // Analysis, questions and headings are not claims.
    'The cuts will likely reshape the alliance for years to come.\n',
    'Will the agency hire more engineers in 2025?\n',
    '# The agency hired 40 engineers in 2024\n',
  ],
  invalid: [
    {
      text: 'The agency hired 40 engineers in March 2024.\n',
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 45,
          message: /^Claim has no source \(.*number "40".*\): add a citation/,
        },
      ],
    },
    {
      // The marker backs the text before it, not the sentence after it.
      text: 'Talks began on Tuesday [1]. The minister resigned on Friday after 12 years in office.\n',
      findings: [{ line: 1, column: 29, endColumn: 86 }],
    },
  ],
});

ruleTester('mixed-analysis', {
  valid: [
    // A paragraph that is all analysis is the writer's analysis section.
    'The cuts signal a strategic pivot. The talks will likely determine the outcome.\n',
    // Attributed opinion is reported fact.
    'The minister resigned on Friday [1]. Critics said the move signals a strategic pivot.\n',
  ],
  invalid: [
    {
      text: 'The minister resigned on Friday after 12 years [1]. The move signals a strategic pivot for the party.\n',
      findings: [
        {
          line: 1,
          column: 53,
          endColumn: 102,
          message: /^Analysis inside a paragraph of reported fact \("signals/,
        },
      ],
    },
  ],
});

ruleTester('cited-analysis', {
  valid: [
    'The minister resigned on Friday after 12 years [1].\n',
    'The move signals a strategic pivot for the party, analysts at the institute said [2].\n',
  ],
  invalid: [
    {
      text: 'The visit underscores a period of transition for the alliance [2].\n',
      findings: [
        { line: 1, column: 1, endColumn: 67, message: /^Analysis backed only by the citation \[2\]/ },
      ],
    },
  ],
});

ruleTester('anonymous-source', {
  valid: ['The minister said the talks went well.\n', 'Reuters reported the deal on Tuesday.\n'],
  invalid: [
    {
      text: 'Diplomatic sources said the visit is a response to pressure [2].\n',
      findings: [
        {
          line: 1,
          column: 1,
          message: /^Unnamed plural source "Diplomatic sources" backed by a single citation \[2\]/,
        },
      ],
    },
    {
      text: 'People familiar with the matter said the deal was close.\n',
      findings: [{ line: 1, column: 1, message: /^Unnamed source "People familiar with the matter"/ }],
    },
  ],
});

ruleTester('quote-without-speaker', {
  valid: [
    '“We will not back down from this fight,” the minister said.\n',
    '“We will not back down from this fight.” The minister said it twice.\n',
    '> “We will not back down from this fight.”\n',
  ],
  invalid: [
    {
      text: 'The mood was tense. “We will not back down from this fight.”\n',
      findings: [{ line: 1, column: 21, message: /^Direct quotation without a speaker/ }],
    },
  ],
});

ruleTester('mixed-analysis', {
  valid: [
    // The sentence carries its own source: it reports what the source says.
    '- Militias reject the offer and will keep their weapons. [(Al Arabiya)](https://example.com/a) Talks resume on Monday [1].\n',
  ],
  invalid: [],
});
