// http(s) URLs up to whitespace; trailing sentence punctuation stays outside the link.
const URL_PATTERN = /https?:\/\/[^\s<>"']*[^\s<>"'.,;:!?)]/g;

export type TextPart = { text: string; isLink: boolean };

/** Plain text cut into runs of text and http(s) links, for showing an email with clickable links. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let position = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    if (match.index > position) parts.push({ text: text.slice(position, match.index), isLink: false });
    parts.push({ text: match[0], isLink: true });
    position = match.index + match[0].length;
  }
  if (position < text.length) parts.push({ text: text.slice(position), isLink: false });
  return parts;
}
