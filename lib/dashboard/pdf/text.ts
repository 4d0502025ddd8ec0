// The report uses the PDF's built-in Helvetica so it needs no font files or network, but that
// font only has the WinAnsi characters (Western European). Anything else would print as a
// wrong glyph, so it is mapped to a close ASCII letter where one exists, or to "?".
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const REPLACEMENTS: Record<string, string> = { "\t": " ", "\r": " ", "\u2212": "-", Ł: "L", ł: "l", Đ: "D", đ: "d", ı: "i", Ø: "O" };

const isWinAnsi = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || code === 0x0a || WIN_ANSI_EXTRAS.has(char);
};

/** Text the built-in fonts can print: accents kept where WinAnsi has the letter, else dropped. */
export function pdfText(text: string): string {
  return Array.from(text, (char) => {
    if (isWinAnsi(char)) return char;
    const replacement = REPLACEMENTS[char];
    if (replacement) return replacement;
    const composed = char.normalize("NFD").replace(/\p{Mark}/gu, "");
    return composed.length > 0 && Array.from(composed).every(isWinAnsi) ? composed : "?";
  }).join("");
}


/** An instant as the workspace's clock showed it: "23 Nov 2026, 10:30". */
export function formatInstant(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso));
}
