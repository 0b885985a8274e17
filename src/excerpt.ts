/**
 * Collapses white space and cuts at about `max` characters on a word boundary, with an ellipsis. Spaces
 * left where markup was hidden ("the “ encasement strategy”", "costs ( see below )") are closed up.
 */
export function excerpt(text: string, max = 160): string {
  const flat = text
    .replace(/\s+/g, ' ')
    .replace(/([“‘([]) /g, '$1')
    .replace(/ ([”’)\].,;:!?])/g, '$1')
    .trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}
