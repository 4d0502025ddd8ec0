import type { IncidentSeverity, IncidentStatus, IncidentUpdateVisibility } from "@/lib/generated/prisma/enums";

// The demo's past incidents, written out by hand so the timelines read like real responses.
// Times are minutes after the declaration; `daysAgo` places the declaration before the seed's
// run, so the incidents stay within the dashboard's and the status page's last 90 days.

/** Who does something: the workspace's manager, or its n-th agent. */
export type StoryPerson = "manager" | 0 | 1 | 2;

export type IncidentStory = {
  title: string;
  summary: string;
  severity: IncidentSeverity;
  /** Declared this many days before the run, at `hour` UTC; or `minutesAgo` before it. */
  daysAgo: number;
  hour: number;
  minutesAgo?: number;
  commander: StoryPerson;
  communicationsLead?: StoryPerson;
  /** The status moves in order, each at its minute. CLOSED follows the review. */
  statuses: [minute: number, status: Exclude<IncidentStatus, "INVESTIGATING" | "CLOSED">][];
  /** Notes written `writtenAt` about what happened at `at` (a backdated note when later). */
  notes: { at: number; writtenAt: number; by: StoryPerson; body: string }[];
  updates: { at: number; visibility: IncidentUpdateVisibility; status: IncidentStatus; by: StoryPerson; body: string }[];
  tasks: { addedAt: number; title: string; owner: StoryPerson; dueAfter?: number; doneAt?: number; fromReview?: boolean }[];
  review?: { writtenAt: number; impact: string; rootCause: string; wentWell: string; wentBadly: string };
  /** How many tickets reported around the declaration to link (fewer when there are not enough). */
  linkedTickets: number;
};

const HOUR = 60;
const DAY = 24 * HOUR;

export const MAIN_INCIDENT_STORIES: readonly IncidentStory[] = [
  {
    title: "Outgoing email delayed for all customers",
    summary: "Replies and notifications queued for up to three hours after the mail relay's certificate expired.",
    severity: "SEV2", daysAgo: 78, hour: 8, commander: "manager", communicationsLead: 1,
    statuses: [[14, "IDENTIFIED"], [95, "MONITORING"], [190, "RESOLVED"]],
    notes: [
      { at: -25, writtenAt: 20, by: 0, body: "07:35 first bounce reports from the relay: TLS handshake failures." },
      { at: 60, writtenAt: 62, by: 0, body: "Renewed certificate deployed to both relays; queue draining." },
    ],
    updates: [
      { at: 18, visibility: "PUBLIC", status: "IDENTIFIED", by: 1, body: "Emails from the help desk are delayed. We know the cause and are fixing it; nothing is lost." },
      { at: 100, visibility: "PUBLIC", status: "MONITORING", by: 1, body: "Delayed emails are being delivered now. We are watching the queue until it is empty." },
      { at: 195, visibility: "PUBLIC", status: "RESOLVED", by: 1, body: "All delayed emails were delivered. Sorry for the wait." },
      { at: 30, visibility: "INTERNAL", status: "IDENTIFIED", by: 0, body: "Certificate renewal is manual on the relays; doing it by hand now." },
    ],
    tasks: [
      { addedAt: 20, title: "Renew the relay certificate", owner: 0, dueAfter: 60, doneAt: 58 },
      { addedAt: 2 * DAY, title: "Automate certificate renewal on the mail relays", owner: 0, dueAfter: 14 * DAY, doneAt: 9 * DAY, fromReview: true },
      { addedAt: 2 * DAY, title: "Alert 14 days before any certificate expires", owner: 2, dueAfter: 21 * DAY, fromReview: true },
    ],
    review: {
      writtenAt: 2 * DAY,
      impact: "About 1,900 emails were delivered 40 minutes to 3 hours late; none were lost.",
      rootCause: "The relays' TLS certificate was renewed by hand and the reminder went to a former colleague.",
      wentWell: "The bounce reports pointed at the cause within minutes; customers were told before most noticed.",
      wentBadly: "Nobody owned the certificate; the queue had no alert on its age.",
    },
    linkedTickets: 3,
  },
  {
    title: "Sign-in page returns 502 errors",
    summary: "The identity provider's load balancer dropped every request after a configuration change.",
    severity: "SEV1", daysAgo: 55, hour: 13, commander: 2, communicationsLead: "manager",
    statuses: [[4, "IDENTIFIED"], [31, "MONITORING"], [75, "RESOLVED"]],
    notes: [
      { at: -6, writtenAt: 10, by: 2, body: "13:54 load balancer configuration change deployed (health check path renamed)." },
      { at: 28, writtenAt: 29, by: 2, body: "Rolled the change back; sign-ins succeed again." },
    ],
    updates: [
      { at: 6, visibility: "PUBLIC", status: "IDENTIFIED", by: "manager", body: "Signing in fails for everyone. We found the cause and are rolling back a change." },
      { at: 35, visibility: "PUBLIC", status: "MONITORING", by: "manager", body: "Signing in works again. We are keeping an eye on it." },
      { at: 80, visibility: "PUBLIC", status: "RESOLVED", by: "manager", body: "Sign-in has been working normally for 45 minutes. This incident is resolved." },
    ],
    tasks: [
      { addedAt: 8, title: "Roll back the load balancer change", owner: 2, dueAfter: 30, doneAt: 27 },
      { addedAt: DAY, title: "Check health check paths in the deploy pipeline", owner: 1, dueAfter: 10 * DAY, doneAt: 6 * DAY, fromReview: true },
    ],
    review: {
      writtenAt: DAY,
      impact: "Nobody could sign in for 31 minutes; 27 tickets were filed about it.",
      rootCause: "A renamed health check path made the load balancer mark every instance unhealthy.",
      wentWell: "The change was the obvious suspect and rolling back took three minutes.",
      wentBadly: "The deploy pipeline did not check the health endpoint before switching traffic.",
    },
    linkedTickets: 3,
  },
  {
    title: "Ticket search is slow",
    summary: "Searches took 10-20 seconds while the search index was rebuilt during working hours.",
    severity: "SEV3", daysAgo: 34, hour: 10, commander: 0,
    statuses: [[45, "IDENTIFIED"], [240, "RESOLVED"]],
    notes: [{ at: 40, writtenAt: 50, by: 0, body: "Index rebuild started by the nightly job, which ran late." }],
    updates: [
      { at: 50, visibility: "INTERNAL", status: "IDENTIFIED", by: 0, body: "Search is slow until the rebuild finishes, around 14:00." },
      { at: 60, visibility: "PUBLIC", status: "IDENTIFIED", by: 0, body: "Searching tickets is slow this morning. Everything else works normally." },
    ],
    tasks: [{ addedAt: 55, title: "Move the rebuild out of working hours", owner: 0, dueAfter: 7 * DAY }],
    linkedTickets: 1,
  },
  {
    title: "Large attachments fail to upload",
    summary: "Files over 10 MB were rejected after the proxy's body size limit was lowered.",
    severity: "SEV3", daysAgo: 20, hour: 9, commander: 1,
    statuses: [[30, "IDENTIFIED"], [70, "RESOLVED"]],
    notes: [],
    updates: [{ at: 35, visibility: "PUBLIC", status: "IDENTIFIED", by: 1, body: "Attachments over 10 MB cannot be uploaded at the moment. A fix is on its way." }],
    tasks: [{ addedAt: 32, title: "Restore the 25 MB body limit on the proxy", owner: 1, dueAfter: 60, doneAt: 65 }],
    review: {
      writtenAt: 3 * DAY,
      impact: "Uploads over 10 MB failed for 70 minutes.",
      rootCause: "A shared proxy template lowered the limit for every site.",
      wentWell: "The error message named the limit.",
      wentBadly: "No test uploads a large file after proxy changes.",
    },
    linkedTickets: 2,
  },
  {
    title: "VPN gateway drops connections",
    summary: "Remote staff were disconnected every few minutes by a failing gateway node.",
    severity: "SEV2", daysAgo: 9, hour: 7, commander: "manager", communicationsLead: 2,
    statuses: [[22, "IDENTIFIED"], [80, "MONITORING"], [300, "RESOLVED"]],
    notes: [{ at: 75, writtenAt: 90, by: 1, body: "Took node vpn-2 out of the pool; no drops since." }],
    updates: [
      { at: 25, visibility: "PUBLIC", status: "IDENTIFIED", by: 2, body: "VPN connections drop every few minutes. We found a faulty gateway and are replacing it." },
      { at: 305, visibility: "PUBLIC", status: "RESOLVED", by: 2, body: "VPN connections have been stable for four hours. Resolved." },
      { at: 85, visibility: "INTERNAL", status: "MONITORING", by: 1, body: "Vendor case opened for the faulty node's power supply." },
    ],
    tasks: [
      { addedAt: 24, title: "Take vpn-2 out of the pool", owner: 1, dueAfter: 60, doneAt: 74 },
      { addedAt: 2 * DAY, title: "Replace vpn-2's power supply", owner: 1, dueAfter: 10 * DAY, fromReview: true },
    ],
    review: {
      writtenAt: 2 * DAY,
      impact: "Around 120 remote staff lost their connection repeatedly for 75 minutes.",
      rootCause: "A failing power supply made one gateway node reboot under load.",
      wentWell: "Draining the node stopped the drops at once.",
      wentBadly: "The node's reboots were logged but nobody was alerted.",
    },
    linkedTickets: 2,
  },
  {
    title: "Payment confirmations not arriving",
    summary: "The payment provider's webhooks fail; customers are charged but their orders stay pending.",
    severity: "SEV2", daysAgo: 0, hour: 0, minutesAgo: 150, commander: 0, communicationsLead: "manager",
    statuses: [[12, "IDENTIFIED"]],
    notes: [{ at: -20, writtenAt: 15, by: 0, body: "First pending-order complaint came in at about this time." }],
    updates: [
      { at: 20, visibility: "PUBLIC", status: "IDENTIFIED", by: "manager", body: "Payment confirmations are delayed. Your payment went through; orders will update once the provider recovers." },
      { at: 40, visibility: "INTERNAL", status: "IDENTIFIED", by: 0, body: "Provider confirms an outage on their side; no ETA yet." },
    ],
    tasks: [
      { addedAt: 14, title: "Reconcile pending orders once webhooks resume", owner: 1, dueAfter: 8 * HOUR },
      { addedAt: 16, title: "Ask the provider for an ETA every 30 minutes", owner: 0, dueAfter: 30 },
    ],
    linkedTickets: 3,
  },
];

export const NORTHWIND_INCIDENT_STORIES: readonly IncidentStory[] = [
  {
    title: "Office printers offline",
    summary: "Every printer in the office stopped accepting jobs after a print server update.",
    severity: "SEV3", daysAgo: 15, hour: 8, commander: 0,
    statuses: [[20, "IDENTIFIED"], [120, "RESOLVED"]],
    notes: [{ at: -10, writtenAt: 25, by: 0, body: "Print server updated overnight; spooler did not restart." }],
    updates: [{ at: 25, visibility: "INTERNAL", status: "IDENTIFIED", by: 0, body: "Restarting the spooler and re-adding the queues." }],
    tasks: [{ addedAt: 22, title: "Restart the print spooler", owner: 0, dueAfter: 30, doneAt: 40 }],
    review: {
      writtenAt: DAY,
      impact: "Nobody could print for two hours.",
      rootCause: "The update left the spooler service stopped.",
      wentWell: "Quick diagnosis.",
      wentBadly: "Updates run without a check that printing works.",
    },
    linkedTickets: 1,
  },
];
