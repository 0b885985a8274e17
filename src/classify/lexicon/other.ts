/**
 * Boilerplate and captions: text an article carries that is neither reported fact nor analysis.
 * Each entry is a lower-case opening of the sentence.
 */
export const boilerplateOpenings: readonly string[] = [
  'read more',
  'read next',
  'related:',
  'related articles',
  'see also',
  'advertisement',
  'sponsored',
  'subscribe',
  'sign up',
  'click here',
  'share this',
  'follow us',
  'follow me',
  'photo:',
  'photo by',
  'photograph:',
  'image:',
  'image credit',
  'picture:',
  'pictured:',
  'file photo',
  'credit:',
  'video:',
  'watch:',
  'listen:',
  'editor’s note',
  "editor's note",
  'updated:',
  'published:',
  'copyright',
  '©',
  'all rights reserved',
  'thank you',
  'thanks',
];

/**
 * The article talking about itself: navigation and summaries of what follows ("This week's newsletter
 * summarizes…", "Talks are listed below", "In this section we…"). Not a claim about the world.
 */
export const selfReference: RegExp =
  /^(?:in\s+)?this\s+(?:week['’]s\s+|month['’]s\s+|year['’]s\s+|special\s+)?(?:newsletter|article|post|story|issue|edition|section|guide|report|page|piece|series|roundup|update)\b|\b(?:listed|described|summarized|summarised|shown|detailed|explained|covered)\s+below\b|^(?:see|read)\s+(?:below|above)\b|\bsee\s+the\s+\w+(?:\s+\w+)?\s+section\b|^please\s+\w+|^also\s+included\s+(?:are|is)\b|\bour\s+(?:regular|monthly|weekly|usual)\s+(?:sections?|features?|columns?)\b|^(?:we|i)\s+(?:would\s+like\s+to\s+)?thank\b|^(?:special\s+)?thanks\s+to\b/i;
