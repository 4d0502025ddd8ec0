import type { TicketKind } from "@/lib/generated/prisma/enums";

// Ticket templates per category. `{slot}` placeholders are filled from SLOTS (text.ts), so a
// few dozen templates give many distinct but plausible tickets. Bodies are Markdown.

export type TicketTemplate = { kind: TicketKind; title: string; body: string };

export type DemoCategory = {
  name: string;
  description: string;
  /** Relative share of tickets. */
  weight: number;
  templates: readonly TicketTemplate[];
};

const incident = (title: string, body: string): TicketTemplate => ({ kind: "INCIDENT", title, body });
const request = (title: string, body: string): TicketTemplate => ({ kind: "REQUEST", title, body });
const question = (title: string, body: string): TicketTemplate => ({ kind: "QUESTION", title, body });

export const DEMO_CATEGORIES: readonly DemoCategory[] = [
  {
    name: "Account & Access",
    description: "Sign-in problems, password resets, two-factor authentication and user permissions.",
    weight: 18,
    templates: [
      incident("Can't sign in since {weekday}", "Since {weekday} I get *\"Invalid email or password\"* although I reset my password twice.\n\n- Browser: {browser}\n- Last successful sign-in: {weekday} morning"),
      incident("Locked out after enabling two-factor", "I enabled two-factor authentication on my {device} and replaced the phone since. Now I can't get past the code prompt. Can you reset it?"),
      request("Please add {count} new users to our account", "We have {count} new colleagues starting on {weekday}. Could you create accounts for them with the same permissions as the rest of the **{team}** team?"),
      request("Remove access for a former employee", "A colleague from {team} left the company. Please disable the account today and transfer their open items to me."),
      question("How do I change the email on my account?", "Our company moved to a new domain. How do I change my sign-in email without losing my history?"),
    ],
  },
  {
    name: "Billing & Invoices",
    description: "Invoices, payment methods, plan changes, refunds and VAT questions.",
    weight: 12,
    templates: [
      question("Invoice {invoice} shows the wrong VAT number", "The invoice for {month} (**{invoice}**) has our old VAT number. Can you reissue it with the current one from our profile?"),
      incident("Charged twice for {month}", "Our card was charged twice for the {month} subscription. Both charges show on the statement with the same amount."),
      request("Upgrade to the annual plan", "We'd like to switch from monthly to annual billing from next month and add {count} seats."),
      question("Where can I download past invoices?", "Our accountant needs every invoice since {month}. Is there a way to download them all at once?"),
      request("Update our billing contact", "Please send invoices to our finance team instead of me from now on. The address is in our company profile."),
    ],
  },
  {
    name: "Bug Report",
    description: "Something in the product doesn't work as documented.",
    weight: 20,
    templates: [
      incident("{feature} page shows a blank screen", "When I open **{feature}** the page stays blank.\n\n**Steps to reproduce**\n1. Sign in\n2. Open {feature}\n3. Wait a few seconds\n\n**Expected:** the list loads.\n**Actual:** blank page, the console shows `{error}`.\n\nBrowser: {browser}"),
      incident("Export to CSV cuts off after {count} rows", "Exporting from **{feature}** stops at {count} rows although the filter matches more. Nothing in the file says it was truncated."),
      incident("Dates shown one day off in {feature}", "Dates in **{feature}** are one day earlier than what we entered. We are in the {timezone} time zone."),
      incident("Error `{error}` when saving changes", "Saving in **{feature}** fails with `{error}`. It worked last week; nothing changed on our side.\n\nBrowser: {browser}"),
      incident("Notifications arrive twice", "Since {weekday} every email notification from {feature} arrives twice, a few seconds apart."),
    ],
  },
  {
    name: "Feature Request",
    description: "Ideas and requests for new functionality or changes to existing behaviour.",
    weight: 8,
    templates: [
      request("Bulk edit in {feature}", "It would save our {team} team hours each week if we could select several items in **{feature}** and change them at once."),
      request("Dark mode for the web app", "Several people on our {team} team work late and would love a dark theme."),
      request("Export {feature} data to Excel", "CSV works, but an `.xlsx` export with formatting would spare us a manual step every {weekday}."),
      question("Is a mobile app planned?", "Our field staff use {device}s. Is a native app on the roadmap, or should we rely on the mobile web version?"),
    ],
  },
  {
    name: "Integrations & API",
    description: "API keys, webhooks, single sign-on and third-party integrations.",
    weight: 12,
    templates: [
      incident("Webhooks to {integration} failing with 401", "Since {weekday} every webhook delivery to {integration} fails with `401 Unauthorized`. We did not rotate any secret."),
      incident("API returns `{error}` on paginated requests", "Requests to `/api/v1/tickets?cursor=...` return `{error}` after the third page.\n\n```\nGET /api/v1/tickets?limit=100&cursor=eyJpZCI6...\n```"),
      request("Set up SSO with {integration}", "We'd like our staff to sign in through {integration}. What do you need from our IT team?"),
      question("Rate limits of the public API", "We plan to sync about {count} records a day from our ERP. Which rate limits apply, and is there a bulk endpoint?"),
      incident("{integration} sync stopped", "The {integration} integration last synced on {weekday}. The status page inside the app still says *connected*."),
    ],
  },
  {
    name: "Performance & Outages",
    description: "Slowness, timeouts, errors and service disruptions.",
    weight: 10,
    templates: [
      incident("Application very slow this morning", "Every page takes 10–20 seconds to load since about 9:00. Colleagues in our {office} office see the same."),
      incident("Timeouts when opening {feature}", "**{feature}** times out with `{error}` for most of our users. Other pages are fine."),
      incident("Service unavailable for the whole team", "Nobody on our {team} team can reach the app, we get `{error}`. This blocks our work; please treat it as urgent."),
      question("Was there an outage on {weekday}?", "Between 14:00 and 15:00 on {weekday} several users reported errors. Was that on your side?"),
    ],
  },
  {
    name: "Data & Reporting",
    description: "Imports, exports, reports, dashboards and data corrections.",
    weight: 12,
    templates: [
      request("Import {count} customer records from CSV", "Attached is a CSV with {count} records from our old system. Could you check the format before we import it into **{feature}**?"),
      incident("Monthly report totals don't match", "The {month} report in **{feature}** shows different totals from the dashboard for the same period."),
      request("Restore records deleted by mistake", "A colleague deleted about {count} records in **{feature}** on {weekday}. Can they be restored from a backup?"),
      question("How are averages calculated in the dashboard?", "Is the *average resolution time* on the dashboard measured in business hours or calendar hours?"),
      request("Scheduled report every {weekday}", "Could we receive the **{feature}** summary by email every {weekday} at 8:00?"),
    ],
  },
  {
    name: "Onboarding & Training",
    description: "Getting started, configuration help and how-to questions.",
    weight: 8,
    templates: [
      question("Best way to organise our {team} team?", "We're new and unsure whether to use categories or separate queues for our {team} team. What do other customers do?"),
      request("Training session for new staff", "We onboard {count} people next month. Could you run a one-hour introduction to **{feature}**?"),
      question("Where do I configure {feature}?", "I can't find the settings for **{feature}** in the admin area. Is it part of our plan?"),
      question("Can we customise email templates?", "We'd like notifications to carry our logo and signature. Is that possible, and where?"),
    ],
  },
];
