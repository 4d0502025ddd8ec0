import { appUrl } from "./app-url";
import { actionLink, emailLayout, paragraph } from "./html";

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
};

export type EmailTemplateName = keyof EmailTemplateData;

const utcTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const formatUtc = (date: Date) => `${utcTime.format(date)} UTC`;

/** One email as lines of text; the HTML is built from the same parts so the two never drift. */
type EmailParts = { subject: string; greeting: string; lines: string[]; action?: { label: string; url: string } };

function render({ subject, greeting, lines, action }: EmailParts): RenderedEmail {
  const text = [greeting, "", ...lines.flatMap((line) => [line, ""]),
    ...(action ? [`${action.label}: ${action.url}`, ""] : []), "— Triage"].join("\n");
  const html = emailLayout(
    subject,
    [paragraph(greeting), ...lines.map(paragraph), action ? actionLink(action.label, action.url) : ""].join("\n"),
  );
  return { subject, text, html };
}

const hello = (name: string) => `Hello ${name},`;

const TEMPLATES: { [Name in EmailTemplateName]: (data: EmailTemplateData[Name]) => RenderedEmail } = {
  "verify-email": ({ name, verifyPath, expiresInHours }) =>
    render({
      subject: "Verify your email address for Triage",
      greeting: hello(name),
      lines: [
        "Please confirm that this is your email address to finish setting up your Triage account.",
        `The link works once and expires in ${expiresInHours} hours.`,
      ],
      action: { label: "Verify email address", url: appUrl(verifyPath) },
    }),
  welcome: ({ name, workspaceName }) =>
    render({
      subject: `Welcome to ${workspaceName} on Triage`,
      greeting: hello(name),
      lines: [`Your account in ${workspaceName} is ready. You can file and follow your requests in Triage.`],
      action: { label: "Open Triage", url: appUrl("/") },
    }),
  "account-exists": ({ name }) =>
    render({
      subject: "You already have a Triage account",
      greeting: hello(name),
      lines: [
        `Someone — hopefully you — tried to create a Triage account with this address. You already have one: sign in, or reset your password at ${appUrl("/forgot-password")}.`,
        "If it was not you, ignore this email: nothing was changed and your account is safe.",
      ],
      action: { label: "Sign in", url: appUrl("/sign-in") },
    }),
  "password-reset": ({ name, resetPath, expiresInMinutes }) =>
    render({
      subject: "Reset your Triage password",
      greeting: hello(name),
      lines: [
        "Someone asked to reset the password of your Triage account. If it was you, choose a new password with the link below.",
        `The link works once and expires in ${expiresInMinutes} minutes. If you did not ask for this, ignore this email: your password stays as it is.`,
      ],
      action: { label: "Choose a new password", url: appUrl(resetPath) },
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
  "two-factor-reset": ({ name }) =>
    render({
      subject: "Two-factor authentication was reset on your Triage account",
      greeting: hello(name),
      lines: [
        "An administrator reset the two-factor authentication of your Triage account, and your sessions were ended.",
        "Sign in with your password to set up two-factor authentication again. If you did not ask for this, tell your administrator.",
      ],
      action: { label: "Sign in", url: appUrl("/sign-in") },
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
};

/** Renders one template; every user-provided string is escaped in the HTML. */
export function renderEmail<Name extends EmailTemplateName>(template: Name, data: EmailTemplateData[Name]): RenderedEmail {
  const renderTemplate: (data: EmailTemplateData[Name]) => RenderedEmail = TEMPLATES[template];
  return renderTemplate(data);
}
