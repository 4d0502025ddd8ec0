import type { Random } from "./random";

// Words that fill `{slot}` placeholders in ticket and comment templates.
const SLOTS: Readonly<Record<string, readonly string[]>> = {
  browser: ["Chrome 131 on Windows 11", "Firefox 133 on Ubuntu", "Safari 18 on macOS", "Edge 131 on Windows 10"],
  device: ["iPhone", "Android phone", "work laptop", "iPad"],
  error: ["500 Internal Server Error", "504 Gateway Timeout", "TypeError: items is undefined", "ERR_CONNECTION_RESET", "429 Too Many Requests"],
  feature: ["Reports", "Customer list", "Dashboard", "Invoices", "Projects", "Time tracking", "Contacts", "Inventory"],
  integration: ["Slack", "Microsoft Teams", "Salesforce", "HubSpot", "Okta", "Google Workspace", "Zapier"],
  invoice: ["INV-2024-0912", "INV-2025-0147", "INV-2025-0388", "INV-2025-0521"],
  month: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  office: ["Berlin", "Lisbon", "Toronto", "Nairobi", "Singapore", "Austin"],
  team: ["sales", "finance", "support", "operations", "marketing", "logistics"],
  timezone: ["CET", "EST", "PST", "IST", "AEST"],
  weekday: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
  count: ["3", "5", "12", "25", "200", "1,000", "5,000"],
};

const FIRST_REPLIES = [
  "Hi {client},\n\nthanks for reaching out. I'm looking into this now and will get back to you shortly.\n\n{agent}",
  "Hi {client},\n\nthank you for the details. I've reproduced the problem on our side and I'm working on it.\n\n{agent}",
  "Hello {client},\n\nthanks for your message. Could you tell me roughly how many users are affected?\n\n{agent}",
  "Hi {client},\n\nI've taken this ticket. A first look suggests a configuration issue; I'll confirm within the day.\n\n{agent}",
];
const STAFF_UPDATES = [
  "Quick update: our engineers identified the cause and a fix is being tested.",
  "Thanks for your patience, {client}. This needs one more check from our **{team}** specialists.",
  "We've deployed a partial fix; the remaining part is scheduled for the next release.",
];
const INFO_REQUESTS = [
  "Could you send a screenshot of the error and the approximate time it happened?",
  "I've applied a change on your account. Could you try again and let me know?",
  "Which browser and version are you using, {client}? That will help us narrow it down.",
];
const CLIENT_REPLIES = [
  "Thanks, {agent}. It affects about {count} users on our side.",
  "Here is the screenshot. It happened around 10:30 this morning.",
  "I tried again and it still fails with `{error}`.",
  "That seems to have helped, thanks! I'll keep an eye on it.",
  "Any update on this? It's starting to block our {team} team.",
];
const INTERNAL_NOTES = [
  "Reproduced on staging with the customer's settings. Looks related to last week's release.",
  "Checked the logs: repeated `{error}` from their account since {weekday}.",
  "Escalated to engineering. Customer is on a paid plan, keep the SLA in mind.",
  "Same root cause as two other tickets this week; linking them.",
  "Asked billing to double-check before we reply.",
];
const RESOLUTIONS = [
  "Hi {client},\n\nthe fix is live now. I'm marking this ticket as resolved; just reply if anything still looks wrong.\n\n{agent}",
  "Hi {client},\n\nglad we could sort this out. Resolving the ticket now.\n\n{agent}",
  "Hello {client},\n\nthe change has been applied to your account and verified on our side. Let us know if you need anything else.\n\n{agent}",
];
const NEW_TICKET_NOTES = [
  "Adding a bit more context: this also happens for my colleague in {office}.",
  "Forgot to mention: it started right after we changed our {integration} settings.",
];
const TRIAGE_NOTES = [
  "Triage: probably {team}-specific, needs an agent with billing access.",
  "Triage: looks like a duplicate of a ticket from {weekday}; check before replying.",
];

export type CommentKind =
  | "firstReply"
  | "staffUpdate"
  | "infoRequest"
  | "clientReply"
  | "internalNote"
  | "resolution"
  | "clientAddition"
  | "triageNote";

const COMMENT_TEMPLATES: Readonly<Record<CommentKind, readonly string[]>> = {
  firstReply: FIRST_REPLIES,
  staffUpdate: STAFF_UPDATES,
  infoRequest: INFO_REQUESTS,
  clientReply: CLIENT_REPLIES,
  internalNote: INTERNAL_NOTES,
  resolution: RESOLUTIONS,
  clientAddition: NEW_TICKET_NOTES,
  triageNote: TRIAGE_NOTES,
};

/** Names that comment templates may mention, besides the SLOTS words. */
export type TextContext = { client: string; agent: string };

// A template split once at its `{slot}`s: even indexes are literal text, odd ones slot names.
// Filling then concatenates instead of running a regular expression per ticket.
const compiled = new Map<string, string[]>();

/** Replaces each `{slot}` with a word from SLOTS or the context; unknown slots stay as they are. */
export function fillTemplate(template: string, random: Random, context?: TextContext): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const slot = parts[i]!;
    const words = SLOTS[slot];
    if (context && (slot === "client" || slot === "agent")) text += context[slot];
    else text += words ? random.pick(words) : `{${slot}}`;
    text += parts[i + 1]!;
  }
  return text;
}

export function commentBody(kind: CommentKind, random: Random, context: TextContext): string {
  return fillTemplate(random.pick(COMMENT_TEMPLATES[kind]), random, context);
}
