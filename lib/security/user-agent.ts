const BROWSERS: [name: string, pattern: RegExp][] = [
  ["Edge", /Edg\/(\d+)/],
  ["Opera", /OPR\/(\d+)/],
  ["Firefox", /Firefox\/(\d+)/],
  ["Chrome", /Chrome\/(\d+)/],
  ["Safari", /Version\/(\d+).*Safari/],
];
const SYSTEMS: [name: string, pattern: RegExp][] = [
  ["Android", /Android/],
  ["iOS", /iPhone|iPad/],
  ["Windows", /Windows/],
  ["macOS", /Mac OS X/],
  ["Linux", /Linux/],
];

/**
 * "Firefox 132 on Windows" for a table cell; anything unrecognised (scripts, curl) is cut to
 * its first 40 characters, which is usually the telling part.
 */
export function shortenUserAgent(userAgent: string | null): string {
  if (!userAgent) return "unknown";
  const browser = BROWSERS.find(([, pattern]) => pattern.test(userAgent));
  if (!browser) return userAgent.length > 40 ? `${userAgent.slice(0, 40)}…` : userAgent;
  const version = browser[1].exec(userAgent)?.[1];
  const system = SYSTEMS.find(([, pattern]) => pattern.test(userAgent))?.[0];
  return `${browser[0]} ${version}${system ? ` on ${system}` : ""}`;
}
