import type { IncidentStatus, TicketPriority } from "@/lib/generated/prisma/enums";
import { INCIDENT_STATUS_LABELS } from "@/lib/incidents/labels";
import { PRIORITY_LABELS } from "@/lib/tickets/labels";
import { workspacePath } from "@/lib/workspaces/paths";
import { appUrl } from "./app-url";
import { actionLink, emailLayout, paragraph, unsubscribeLink } from "./html";

export type RenderedEmail = { subject: string; text: string; html: string };

/**
 * What each template needs. Links are given as app paths (e.g. `/verify-email?token=…`) and made
 * absolute here, so no email can carry a relative or foreign link by accident.
 */
export type EmailTemplateData = {
  "verify-email": { name: string; verifyPath: string; expiresInHours: number };
  welcome: { name: string; workspaceName: string };
  "account-exists": { name: string };
  "password-reset": { name: string; resetPath: string; expiresInMinutes: number };
  "password-changed": { name: string; changedAt: Date };
  "account-locked": { name: string; lockedUntil: Date };
  "two-factor-reset": { name: string };
  "two-factor-changed": { name: string; isEnabled: boolean; changedAt: Date };
  "ticket-created": { name: string; ticket: TicketSummary };
  "ticket-replied": { name: string; ticket: TicketSummary; replierName: string; body: string };
  "ticket-status-changed": { name: string; ticket: TicketSummary; status: NotifiedStatus; reopenDays: number };
  "ticket-assigned": { name: string; ticket: TicketSummary; requesterName: string; priority: TicketPriority };
  "ticket-new-for-staff": {
    name: string;
    ticket: TicketSummary;
    requesterName: string;
    priority: TicketPriority;
    categoryName: string | null;
  };
  invitation: {
    name: string;
    inviterName: string;
    workspaceName: string;
    roleLabel: string;
    /** Whether the address already has an account, which then joins instead of being created. */
    hasAccount: boolean;
    acceptPath: string;
    expiresInDays: number;
  };
  "password-reset-required": { name: string; resetPath: string; expiresInMinutes: number };
  "incident-task-assigned": { name: string; incident: IncidentSummary; taskTitle: string; assignerName: string; dueAt: Date | null };
  /** A public incident update to a requester: only their own tickets and what was posted, nothing of the staff's. */
  "incident-update-posted": { name: string; tickets: TicketSummary[]; authorName: string; status: IncidentStatus; body: string };
  "status-page-confirm": { workspaceName: string; confirmPath: string; expiresInHours: number; unsubscribePath: string };
  "status-page-update": {
    workspaceName: string;
    incidentTitle: string;
    /** The public words for the severity and the announced status (lib/status-page/labels.ts). */
    severityLabel: string;
    statusLabel: string;
    body: string;
    pagePath: string;
    unsubscribePath: string;
  };
};

export type EmailTemplateName = keyof EmailTemplateData;

const utcTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const formatUtc = (date: Date) => `${utcTime.format(date)} UTC`;

/** One email as lines of text; the HTML is built from the same parts so the two never drift. */
type EmailParts = {
  subject: string;
  greeting: string;
  lines: string[];
  action?: { label: string; url: string };
  /** For emails someone subscribed to: the link that stops them, under everything else. */
  unsubscribeUrl?: string;
};

function render({ subject, greeting, lines, action, unsubscribeUrl }: EmailParts): RenderedEmail {
  const text = [greeting, "", ...lines.flatMap((line) => [line, ""]),
    ...(action ? [`${action.label}: ${action.url}`, ""] : []), "— Triage",
    ...(unsubscribeUrl ? ["", `Unsubscribe: ${unsubscribeUrl}`] : [])].join("\n");
  const html = emailLayout(
    subject,
    [paragraph(greeting), ...lines.map(paragraph), action ? actionLink(action.label, action.url) : "",
      unsubscribeUrl ? unsubscribeLink(unsubscribeUrl) : ""].join("\n"),
  );
  return { subject, text, html };
}

const hello = (name: string) => `Hello ${name},`;

/** What every ticket email names: the number (which is also the link) and the title. */
/** A ticket an email is about; its link opens it in its workspace. */
export type TicketSummary = { number: number; title: string; workspaceSlug: string };
/** The statuses the requester is told about: the ones that ask something of them. */
export type NotifiedStatus = "WAITING_ON_CUSTOMER" | "RESOLVED";

/** An incident a staff email is about; its link opens it in its workspace. */
export type IncidentSummary = { number: number; title: string; workspaceSlug: string };

/** Replies longer than this are cut in emails; the whole reply is one click away. */
export const REPLY_EXCERPT_LENGTH = 2000;

// A title is one line in the form, but the API could carry line breaks; a subject must not.
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
const ticketLabel = ({ number, title }: TicketSummary) => `#${number}: ${oneLine(title)}`;
const ticketPath = ({ number, workspaceSlug }: TicketSummary) => workspacePath(workspaceSlug, `/tickets/${number}`);
const openTicket = (ticket: TicketSummary, link: AppLink) => ({ label: `Open #${ticket.number}`, url: link(ticketPath(ticket)) });

/** The reply as paragraphs of plain text, cut at a word boundary near REPLY_EXCERPT_LENGTH. */
function replyParagraphs(body: string): string[] {
  const trimmed = body.trim();
  // Whole characters: slicing UTF-16 units could split an emoji, and half of one cannot be stored.
  const characters = Array.from(trimmed);
  const isCut = characters.length > REPLY_EXCERPT_LENGTH;
  const head = characters.slice(0, REPLY_EXCERPT_LENGTH).join("");
  const excerpt = isCut ? `${head.replace(/\s+\S*$/, "")} …` : trimmed;
  const paragraphs = excerpt.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  return isCut ? [...paragraphs, "(The reply is longer: open the ticket to read all of it.)"] : paragraphs;
}

/** An absolute link into the app for a path, at the origin the email is rendered for. */
type AppLink = (path: string) => string;

// One request by its label, a few by number, many by count: a subject must stay one short line.
function requestsLabel(tickets: TicketSummary[]): string {
  if (tickets.length === 1) return `your request ${ticketLabel(tickets[0]!)}`;
  if (tickets.length <= 3) return `your requests ${tickets.map((ticket) => `#${ticket.number}`).join(", ")}`;
  return `${tickets.length} of your requests`;
}

const TEMPLATES: { [Name in EmailTemplateName]: (data: EmailTemplateData[Name], link: AppLink) => RenderedEmail } = {
  "verify-email": ({ name, verifyPath, expiresInHours }, link) =>
    render({
      subject: "Verify your email address for Triage",
      greeting: hello(name),
      lines: [
        "Please confirm that this is your email address to finish setting up your Triage account.",
        `The link works once and expires in ${expiresInHours} hours.`,
      ],
      action: { label: "Verify email address", url: link(verifyPath) },
    }),
  welcome: ({ name, workspaceName }, link) =>
    render({
      subject: `Welcome to ${workspaceName} on Triage`,
      greeting: hello(name),
      lines: [`Your account in ${workspaceName} is ready. You can file and follow your requests in Triage.`],
      action: { label: "Open Triage", url: link("/") },
    }),
  "account-exists": ({ name }, link) =>
    render({
      subject: "You already have a Triage account",
      greeting: hello(name),
      lines: [
        `Someone — hopefully you — tried to create a Triage account with this address. You already have one: sign in, or reset your password at ${link("/forgot-password")}.`,
        "If it was not you, ignore this email: nothing was changed and your account is safe.",
      ],
      action: { label: "Sign in", url: link("/sign-in") },
    }),
  "password-reset": ({ name, resetPath, expiresInMinutes }, link) =>
    render({
      subject: "Reset your Triage password",
      greeting: hello(name),
      lines: [
        "Someone asked to reset the password of your Triage account. If it was you, choose a new password with the link below.",
        `The link works once and expires in ${expiresInMinutes} minutes. If you did not ask for this, ignore this email: your password stays as it is.`,
      ],
      action: { label: "Choose a new password", url: link(resetPath) },
    }),
  "password-changed": ({ name, changedAt }) =>
    render({
      subject: "Your Triage password was changed",
      greeting: hello(name),
      lines: [
        `The password of your Triage account was changed on ${formatUtc(changedAt)}. You were signed out everywhere else.`,
        "If you did not do this, reset your password at once and tell your administrator.",
      ],
    }),
  "account-locked": ({ name, lockedUntil }) =>
    render({
      subject: "Your Triage account is temporarily locked",
      greeting: hello(name),
      lines: [
        `After several failed sign-in attempts your account is locked until ${formatUtc(lockedUntil)}.`,
        "If these attempts were not yours, someone may be guessing your password: reset it once the lock ends and tell your administrator.",
      ],
    }),
  "two-factor-reset": ({ name }, link) =>
    render({
      subject: "Two-factor authentication was reset on your Triage account",
      greeting: hello(name),
      lines: [
        "An administrator reset the two-factor authentication of your Triage account, and your sessions were ended.",
        "Sign in with your password to set up two-factor authentication again. If you did not ask for this, tell your administrator.",
      ],
      action: { label: "Sign in", url: link("/sign-in") },
    }),
  "two-factor-changed": ({ name, isEnabled, changedAt }) =>
    render({
      subject: `Two-factor authentication was turned ${isEnabled ? "on" : "off"} on your Triage account`,
      greeting: hello(name),
      lines: [
        isEnabled
          ? `Two-factor authentication was turned on for your Triage account on ${formatUtc(changedAt)}. Signing in now also asks for a code from your authenticator app.`
          : `Two-factor authentication was turned off for your Triage account on ${formatUtc(changedAt)}, and you were signed out everywhere else.`,
        "If you did not do this, reset your password at once and tell your administrator.",
      ],
    }),
  invitation: ({ name, inviterName, workspaceName, roleLabel, hasAccount, acceptPath, expiresInDays }, link) =>
    render({
      subject: `${inviterName} invited you to ${workspaceName} on Triage`,
      greeting: hello(name),
      lines: [
        `${inviterName} invited you to ${workspaceName} as ${roleLabel}, on Triage, its helpdesk.`,
        hasAccount
          ? "Follow the link below and sign in with your existing Triage account to join: no new password is needed."
          : "Choose a password with the link below to set up your account.",
        `The link works once and expires in ${expiresInDays} days. If you did not expect this invitation, ignore this email: nothing changes until the link is followed.`,
      ],
      action: { label: "Accept the invitation", url: link(acceptPath) },
    }),
  "password-reset-required": ({ name, resetPath, expiresInMinutes }, link) =>
    render({
      subject: "Choose a new password for your Triage account",
      greeting: hello(name),
      lines: [
        "An administrator asked you to choose a new password: your old password no longer works and your sessions were ended.",
        `The link works once and expires in ${expiresInMinutes} minutes. After that, request a new link at ${link("/forgot-password")}. If you did not expect this, tell your administrator.`,
      ],
      action: { label: "Choose a new password", url: link(resetPath) },
    }),
  "status-page-confirm": ({ workspaceName, confirmPath, expiresInHours, unsubscribePath }, link) =>
    render({
      subject: `Confirm your subscription to ${oneLine(workspaceName)} status updates`,
      greeting: "Hello,",
      lines: [
        `Someone — hopefully you — asked to receive ${oneLine(workspaceName)}'s incident updates at this address. Confirm with the link below to start receiving them.`,
        `The link expires in ${expiresInHours} hours. If you did not ask for this, ignore this email: nothing will be sent.`,
      ],
      action: { label: "Confirm subscription", url: link(confirmPath) },
      unsubscribeUrl: link(unsubscribePath),
    }),
  "status-page-update": ({ workspaceName, incidentTitle, severityLabel, statusLabel, body, pagePath, unsubscribePath }, link) =>
    render({
      subject: `[${oneLine(workspaceName)}] ${statusLabel}: ${oneLine(incidentTitle)}`,
      greeting: "Hello,",
      lines: [`${oneLine(incidentTitle)} (${severityLabel}) — ${statusLabel}.`, ...replyParagraphs(body)],
      action: { label: "Open the status page", url: link(pagePath) },
      unsubscribeUrl: link(unsubscribePath),
    }),
  "ticket-created": ({ name, ticket }, link) =>
    render({
      subject: `We received your request ${ticketLabel(ticket)}`,
      greeting: hello(name),
      lines: [
        `Your request #${ticket.number} “${oneLine(ticket.title)}” is filed. The support team will answer on the ticket, and we will email you when they do.`,
      ],
      action: openTicket(ticket, link),
    }),
  "ticket-replied": ({ name, ticket, replierName, body }, link) =>
    render({
      subject: `New reply on your request ${ticketLabel(ticket)}`,
      greeting: hello(name),
      lines: [`${replierName} replied to your request #${ticket.number} “${oneLine(ticket.title)}”:`, ...replyParagraphs(body)],
      action: { label: "Read and answer", url: link(ticketPath(ticket)) },
    }),
  "ticket-status-changed": ({ name, ticket, status, reopenDays }, link) =>
    render({
      subject:
        status === "RESOLVED"
          ? `Your request ${ticketLabel(ticket)} was resolved`
          : `Your request ${ticketLabel(ticket)} is waiting on you`,
      greeting: hello(name),
      lines:
        status === "RESOLVED"
          ? [
              `The support team marked your request #${ticket.number} “${oneLine(ticket.title)}” as resolved.`,
              `Not solved after all? Reopen it from the ticket page within ${reopenDays} days; after that, file a new request and mention #${ticket.number}.`,
            ]
          : [
              `The support team needs something from you to go on with your request #${ticket.number} “${oneLine(ticket.title)}”.`,
              "Read their last reply and answer it on the ticket page: your answer sends the ticket back to them.",
            ],
      action: openTicket(ticket, link),
    }),
  "ticket-assigned": ({ name, ticket, requesterName, priority }, link) =>
    render({
      subject: `Assigned to you: ${ticketLabel(ticket)}`,
      greeting: hello(name),
      lines: [
        `#${ticket.number} “${oneLine(ticket.title)}” was assigned to you.`,
        `Requester: ${requesterName}. Priority: ${PRIORITY_LABELS[priority]}.`,
      ],
      action: openTicket(ticket, link),
    }),
  "ticket-new-for-staff": ({ name, ticket, requesterName, priority, categoryName }, link) =>
    render({
      subject: `New ticket ${ticketLabel(ticket)}`,
      greeting: hello(name),
      lines: [
        `${requesterName} filed #${ticket.number} “${oneLine(ticket.title)}”.`,
        `Category: ${categoryName ?? "none"}. Priority: ${PRIORITY_LABELS[priority]}.`,
      ],
      action: openTicket(ticket, link),
    }),
  "incident-task-assigned": ({ name, incident, taskTitle, assignerName, dueAt }, link) =>
    render({
      subject: `Task for you on INC-${incident.number}: ${oneLine(taskTitle)}`,
      greeting: hello(name),
      lines: [
        `${assignerName} gave you a task on INC-${incident.number} “${oneLine(incident.title)}”: ${oneLine(taskTitle)}.`,
        dueAt ? `It is due ${formatUtc(dueAt)}.` : "It has no due time.",
      ],
      action: { label: `Open INC-${incident.number}`, url: link(workspacePath(incident.workspaceSlug, `/incidents/${incident.number}`)) },
    }),
  "incident-update-posted": ({ name, tickets, authorName, status, body }, link) =>
    render({
      subject: `Update on ${requestsLabel(tickets)}: ${INCIDENT_STATUS_LABELS[status].toLowerCase()}`,
      greeting: hello(name),
      lines: [
        `${authorName} posted an update about the problem behind ${requestsLabel(tickets)}. Status: ${INCIDENT_STATUS_LABELS[status]}.`,
        ...replyParagraphs(body),
      ],
      action: openTicket(tickets[0]!, link),
    }),
};

/** Renders one template with its links at `origin`; every user-provided string is escaped in the HTML. */
export function renderEmail<Name extends EmailTemplateName>(template: Name, data: EmailTemplateData[Name], origin: string): RenderedEmail {
  const renderTemplate: (data: EmailTemplateData[Name], link: AppLink) => RenderedEmail = TEMPLATES[template];
  return renderTemplate(data, (path) => appUrl(path, origin));
}
