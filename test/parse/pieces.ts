import fc from 'fast-check';

// Pieces of Markdown for property tests of the parser.

/** Block-level Markdown: what articles hold, and the edge cases of each construct. */
export const blocks = [
  'Plain sentence. Another one.',
  'A hard-wrapped\nparagraph of\n   three lines.',
  '# Heading',
  '## Closed heading ##  ',
  '###### Six',
  '#Not a heading',
  'Setext\n===',
  'Setext two\n---',
  '***',
  '- - -',
  '- one\n- two\n- three',
  '* star\n+ plus',
  '1. first\n2. second\n10. tenth',
  '3) three\n4) four',
  '- outer\n  - inner\n    - deepest\n- back',
  '- item\n\n  second paragraph',
  '- item\nlazy continuation',
  '> quoted\n> lines',
  '> lazy\ncontinuation',
  '> nested\n>> deeper',
  '> - list in quote\n> - more',
  '- > quote in list',
  '>\n> after blank',
  '```\ncode\n\nblock\n```',
  '~~~ js meta words\nx\n~~~',
  '```\nunclosed fence',
  '  ```\n  indented fence\n   more\n  ```',
  '[ref]: https://example.com/ref',
  '[Other Ref]: <https://example.com/a b> "Title"',
  "[t]: /u 'single'",
  '[^1]: A footnote.',
  '[^note]: First line\n    continued.',
  '[^x]: Note with *emphasis*.',
  '| a | b |\n| --- | ---: |\n| 1 | 2 |',
  'a | b\n:-|:-:\nc | d\n',
  '| only |\n| :-: |',
  'Paragraph\n| t | u |\n|---|---|\n| v | w |',
  '---\ntitle: A\n---',
  '+++\ntitle = "A"\n+++',
  '1. | n |\n   | - |',
  '    indented | code\n    --- | ---',
  '- item | x\n  | --- |',
  '>> a | b\n> > - | -',
  '[^note]:\n    Indented note.',
  '<table><tr><td>|</td></tr></table>',
  '<!-- a comment -->',
  '',
];

/** Inline Markdown, joined at random into paragraphs. */
export const inlines = [
  'word',
  ' ',
  '*em*',
  '**strong**',
  '_under_',
  '__dunder__',
  '***both***',
  '*',
  '**',
  '_',
  'snake_case_name',
  '2*3*4',
  '“quoted”',
  '(paren)',
  '.',
  '`code`',
  '`` a`b ``',
  '` `',
  '`unclosed',
  '[link](https://example.com)',
  '[link](<https://example.com/a b> "title")',
  "[link](/u 'title')",
  '[link](/u (title))',
  '[link](/a(b)c)',
  '[nested [brackets]](/u)',
  '[ref]',
  '[text][ref]',
  '[Other Ref][]',
  '[text][missing]',
  '[missing]',
  '[Other\nRef]',
  '[text][other\n ref]',
  '[other\n   ref][]',
  '![image](/i.png)',
  '![alt *em*][ref]',
  '[![img](/i.png)](/u)',
  '[^1]',
  '[^missing]',
  '[1]',
  '[3, 4]',
  '<https://example.com>',
  '<user@example.com>',
  '<sup>2</sup>',
  '<a href="x" title=\'y\'>',
  '</a>',
  '<!-- comment -->',
  '<not a tag',
  '&amp;',
  '&copy;',
  '&#65;',
  '&#x41;',
  '&bogus;',
  '\\*',
  '\\[',
  '\\a',
  '  \n',
  '\\\n',
  '\n',
  ' \n',
  ']',
  '!',
  '{{< ref "x" >}}',
];

export const inlineText = fc
  .array(fc.constantFrom(...inlines), { minLength: 1, maxLength: 12 })
  .map((a) => a.join(''));
const block = fc.oneof(fc.constantFrom(...blocks), inlineText);
const container = fc.constantFrom('', '> ', '- ', '1. ', '  ', '>> ', '[^1]: ');
/** Documents of blocks and inline text, each inside a random container (quote, list item, footnote). */
export const documents = fc
  .array(fc.tuple(container, block), { minLength: 1, maxLength: 8 })
  .chain((parts) =>
    fc
      .constantFrom('\n', '\n\n')
      .map((joiner) =>
        parts.map(([prefix, text]) => prefix + text.split('\n').join(`\n${prefix}`)).join(joiner),
      ),
  );

/** Short strings over Markdown's syntax characters: the corners no list of pieces thinks of. */
export const syntaxSoup = fc
  .array(
    fc.constantFrom(
      ...'*_`[]()<>!\\&#-+>|: \n\n1.ab^"\'=~/'.split(''),
      'a',
      'b',
      ' ',
      '\n',
      '[^1]',
      '[x]',
      '://',
      '\n> ',
      '\n- ',
      '\n  ',
      '\n    ',
      '\n1. ',
      '```',
      '| - |',
    ),
    {
      maxLength: 40,
    },
  )
  .map((a) => `${a.join('')}\n\n[x]: /u\n\n[^1]: Note.`);
