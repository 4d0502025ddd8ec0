import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { changePasswordSchema } from "@/lib/account/schemas";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/api-keys/schemas";
import { signInSchema } from "@/lib/sign-in/schemas";
import { archiveCategorySchema, createCategorySchema, deleteCategorySchema, restoreCategorySchema, updateCategorySchema } from "@/lib/categories/schemas";
import { acceptInvitationSchema, invitationTargetSchema, invitationTokenSchema, inviteMemberSchema } from "@/lib/invitations/schemas";
import { changeMemberRoleSchema, leaveWorkspaceSchema, memberTargetSchema, setMemberDisabledSchema } from "@/lib/members/schemas";
import { updateNotificationPreferencesSchema } from "@/lib/notifications/schemas";
import { requestPasswordResetSchema, resetPasswordSchema } from "@/lib/password-reset/schemas";
import { registerSchema, resendVerificationSchema, verifyEmailSchema } from "@/lib/registration/schemas";
import { unlockUserSchema } from "@/lib/security/schemas";
import { FRAGMENTS, hostileText, hugeText, HOSTILE_DAYS } from "@/lib/test/hostile-values";
import {
  assignTicketSchema,
  bulkChangeSchema,
  changeCategorySchema,
  changePrioritySchema,
  changeStatusSchema,
  changeTicketFieldsSchema,
  closeOwnTicketSchema,
  reopenOwnTicketSchema,
} from "@/lib/tickets/change-schemas";
import { findMergeTargetSchema, mergeTicketSchema } from "@/lib/tickets/merge-schemas";
import { createTicketSchema, replySchema } from "@/lib/tickets/schemas";
import { deleteViewSchema, saveViewSchema } from "@/lib/tickets/search/schemas";
import {
  confirmTwoFactorEnrolmentSchema,
  disableTwoFactorSchema,
  regenerateRecoveryCodesSchema,
  resetTwoFactorSchema,
  secondFactorSignInSchema,
} from "@/lib/two-factor/schemas";
import { securitySettingsSchema } from "@/lib/workspace-settings/schemas";
import { slaSettingsSchema, toSlaSettingsForm } from "@/lib/workspace-settings/sla-schemas";
import { updateInstanceSettingsSchema } from "@/lib/instance/schemas";
import {
  addIncidentNoteSchema,
  addIncidentResponderSchema,
  assignIncidentRoleSchema,
  changeIncidentSeveritySchema,
  changeIncidentStatusSchema,
  declareIncidentSchema,
  editIncidentNoteSchema,
  incidentTicketLinkSchema,
  linkIncidentTicketsSchema,
  removeIncidentResponderSchema,
} from "@/lib/incidents/schemas";
import { skipIncidentReviewSchema, writeIncidentReviewSchema } from "@/lib/incidents/review/schemas";
import { addIncidentTaskSchema, editIncidentTaskSchema, setIncidentTaskDoneSchema } from "@/lib/incidents/tasks/schemas";
import { postIncidentUpdateSchema } from "@/lib/incidents/updates/schemas";
import { incidentSettingsSchema, statusPageTokenSchema, subscribeToStatusPageSchema } from "@/lib/status-page/schemas";
import { deleteWorkspaceSchema } from "@/lib/workspaces/deletion/schemas";
import { createWorkspaceSchema } from "@/lib/workspaces/schemas";
import { hasInvisibleCharacters } from "./text";

// Every server action's input schema under hostile values: parsing never throws (an exception
// would escape the action as a generic failure), and what parses holds only text the database
// can store, with nothing invisible in titles and names.

const id = randomUUID();
const password = "correct horse battery staple";
const version = { ticketNumber: 7, version: 3 };
const incidentVersion = { incidentNumber: 4, version: 2 };

/** A valid input per action schema, by the name the actions pass it under. */
const SAMPLES: Record<string, [z.ZodType, unknown]> = {
  changePasswordSchema: [changePasswordSchema, { currentPassword: "old", newPassword: password, confirmPassword: password }],
  createApiKeySchema: [createApiKeySchema, { name: "Nagios", scopes: ["tickets:read"], expiresInDays: "30" }],
  revokeApiKeySchema: [revokeApiKeySchema, { id }],
  createCategorySchema: [createCategorySchema, { name: "Network", description: "Cables and Wi-Fi." }],
  updateCategorySchema: [updateCategorySchema, { name: "Network", description: "Cables.", categoryId: id }],
  archiveCategorySchema: [archiveCategorySchema, { categoryId: id }],
  restoreCategorySchema: [restoreCategorySchema, { categoryId: id }],
  deleteCategorySchema: [deleteCategorySchema, { categoryId: id }],
  inviteMemberSchema: [inviteMemberSchema, { name: "Ann Lee", email: "ann@example.com", role: "AGENT" }],
  invitationTargetSchema: [invitationTargetSchema, { invitationId: id }],
  invitationTokenSchema: [invitationTokenSchema, { token: "t".repeat(43) }],
  acceptInvitationSchema: [acceptInvitationSchema, { token: "t".repeat(43), name: "Ann Lee", newPassword: password, confirmPassword: password }],
  changeMemberRoleSchema: [changeMemberRoleSchema, { userId: id, role: "MANAGER" }],
  setMemberDisabledSchema: [setMemberDisabledSchema, { userId: id, disabled: true }],
  memberTargetSchema: [memberTargetSchema, { userId: id }],
  leaveWorkspaceSchema: [leaveWorkspaceSchema, {}],
  deleteWorkspaceSchema: [deleteWorkspaceSchema, { confirmation: "acme-support" }],
  updateNotificationPreferencesSchema: [
    updateNotificationPreferencesSchema,
    { notifyOwnTicketUpdates: true, notifyAssignments: false, notifyNewTickets: true, watchedCategoryIds: [id] },
  ],
  requestPasswordResetSchema: [requestPasswordResetSchema, { email: "ann@example.com" }],
  resetPasswordSchema: [resetPasswordSchema, { token: "t".repeat(43), newPassword: password, confirmPassword: password }],
  registerSchema: [registerSchema, { name: "Ann Lee", email: "ann@example.com", password }],
  resendVerificationSchema: [resendVerificationSchema, { email: "ann@example.com" }],
  verifyEmailSchema: [verifyEmailSchema, { token: "t".repeat(43) }],
  signInSchema: [signInSchema, { email: "ann@example.com", password, callbackUrl: "/tickets" }],
  secondFactorSignInSchema: [secondFactorSignInSchema, { code: "123456", callbackUrl: "/tickets" }],
  unlockUserSchema: [unlockUserSchema, { userId: id }],
  changeStatusSchema: [changeStatusSchema, { ...version, status: "OPEN" }],
  changePrioritySchema: [changePrioritySchema, { ...version, priority: "HIGH" }],
  changeCategorySchema: [changeCategorySchema, { ...version, categoryId: id }],
  assignTicketSchema: [assignTicketSchema, { ...version, assigneeId: null }],
  changeTicketFieldsSchema: [changeTicketFieldsSchema, { ...version, status: "OPEN", priority: "URGENT", assigneeId: null }],
  closeOwnTicketSchema: [closeOwnTicketSchema, version],
  reopenOwnTicketSchema: [reopenOwnTicketSchema, version],
  bulkChangeSchema: [bulkChangeSchema, { ticketNumbers: [1, 2], change: { kind: "status", status: "OPEN" } }],
  mergeTicketSchema: [mergeTicketSchema, { ...version, targetNumber: 9 }],
  findMergeTargetSchema: [findMergeTargetSchema, { targetNumber: 9 }],
  createTicketSchema: [createTicketSchema, { title: "Printer on fire", description: "Smoke.", kind: "INCIDENT", requestKey: id }],
  replySchema: [replySchema, { ticketNumber: 7, body: "On my way.", isInternal: false, requestKey: id }],
  saveViewSchema: [saveViewSchema, { name: "Urgent network", query: "?status=OPEN&q=printer&createdFrom=2026-01-01" }],
  deleteViewSchema: [deleteViewSchema, { viewId: id }],
  confirmTwoFactorEnrolmentSchema: [confirmTwoFactorEnrolmentSchema, { code: "123456" }],
  disableTwoFactorSchema: [disableTwoFactorSchema, { password, code: "123456" }],
  regenerateRecoveryCodesSchema: [regenerateRecoveryCodesSchema, { code: "", password }],
  resetTwoFactorSchema: [resetTwoFactorSchema, { userId: id }],
  securitySettingsSchema: [securitySettingsSchema, { registrationMode: "OPEN", requireStaffTwoFactor: false, apiRequestsPerMinute: 60, apiDailyWriteQuota: 1000 }],
  createWorkspaceSchema: [createWorkspaceSchema, { name: "Security desk", slug: "security-desk", reportTimeZone: "Europe/Berlin" }],
  updateInstanceSettingsSchema: [updateInstanceSettingsSchema, { workspaceCreation: "VERIFIED_USERS", registrationWorkspaceId: id }],
  declareIncidentSchema: [declareIncidentSchema, { title: "Mail is down", summary: "No mail since 14:00.", severity: "SEV2", commanderId: id, ticketNumbers: [7, 9] }],
  changeIncidentStatusSchema: [changeIncidentStatusSchema, { ...incidentVersion, status: "IDENTIFIED" }],
  changeIncidentSeveritySchema: [changeIncidentSeveritySchema, { ...incidentVersion, severity: "SEV1" }],
  assignIncidentRoleSchema: [assignIncidentRoleSchema, { ...incidentVersion, role: "communications_lead", userId: id }],
  addIncidentResponderSchema: [addIncidentResponderSchema, { incidentNumber: 4, userId: id, role: "Database" }],
  removeIncidentResponderSchema: [removeIncidentResponderSchema, { incidentNumber: 4, userId: id }],
  addIncidentNoteSchema: [addIncidentNoteSchema, { incidentNumber: 4, body: "Deploy started", occurredAt: "2026-12-06T14:02:00.000Z" }],
  editIncidentNoteSchema: [editIncidentNoteSchema, { incidentNumber: 4, eventId: id, body: "Deploy of v2.3 started", occurredAt: "2026-12-06T14:02:00.000Z", revision: 0 }],
  incidentTicketLinkSchema: [incidentTicketLinkSchema, { incidentNumber: 4, ticketNumber: 7 }],
  linkIncidentTicketsSchema: [linkIncidentTicketsSchema, { incidentNumber: 4, ticketNumbers: [7, 9] }],
  addIncidentTaskSchema: [addIncidentTaskSchema, { incidentNumber: 4, title: "Fail over the relay", ownerId: id, dueAt: "2026-12-06T15:00:00.000Z", fromReview: false }],
  editIncidentTaskSchema: [editIncidentTaskSchema, { incidentNumber: 4, taskId: id, version: 1, title: "Page the vendor", ownerId: null, dueAt: null }],
  setIncidentTaskDoneSchema: [setIncidentTaskDoneSchema, { incidentNumber: 4, taskId: id, version: 1, done: true }],
  postIncidentUpdateSchema: [postIncidentUpdateSchema, { ...incidentVersion, body: "Mail flows again.", status: "RESOLVED", visibility: "PUBLIC", resolveLinkedTickets: true }],
  writeIncidentReviewSchema: [writeIncidentReviewSchema, { incidentNumber: 4, version: 1, impact: "Mail late", rootCause: "Disk full", wentWell: "Failover", wentBadly: "Paging" }],
  skipIncidentReviewSchema: [skipIncidentReviewSchema, { incidentNumber: 4, reason: "A false alarm." }],
  subscribeToStatusPageSchema: [subscribeToStatusPageSchema, { slug: "acme", email: "ann@example.com" }],
  statusPageTokenSchema: [statusPageTokenSchema, { slug: "acme", token: "q9Vt0l3cK2yq6hX1f5d8b7a4e2c0m9n8p7r6s5t4u3w" }],
  incidentSettingsSchema: [incidentSettingsSchema, { statusPageEnabled: true, severities: { SEV1: "Everyone is down.", SEV2: "Many are affected.", SEV3: "Some are.", SEV4: "A nuisance." } }],
  slaSettingsSchema: [slaSettingsSchema, { ...toSlaSettingsForm({ slaTargets: null, businessCalendar: null, clientReopenDays: 14 }), usesBusinessHours: true }],
};

// Secrets and one-time values are hashed or compared, never stored or shown as text.
const NOT_STORED = new Set(["password", "currentPassword", "newPassword", "confirmPassword", "token", "captcha", "callbackUrl"]);
const TITLES_AND_NAMES = new Set(["title", "name", "role"]);

/** The schema names passed to defineAction and its kin anywhere under lib/. */
function actionSchemaNames(): string[] {
  const root = path.resolve(import.meta.dirname, "..");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => /(^|\/)([\w-]+-)?actions\.ts$/.test(file));
  const calls = files.flatMap((file) => [...readFileSync(path.join(root, file), "utf8").matchAll(/define\w*Action\(\s*(\w+Schema)\b/g)]);
  return [...new Set(calls.map((match) => match[1]!))];
}

function expectStorable(value: unknown, key = ""): void {
  if (typeof value === "string") {
    if (NOT_STORED.has(key)) return;
    expect(value, key).not.toContain("\u0000");
    expect(value.isWellFormed(), key).toBe(true);
    if (TITLES_AND_NAMES.has(key)) expect(hasInvisibleCharacters(value), `${key}: ${JSON.stringify(value)}`).toBe(false);
  } else if (Array.isArray(value)) for (const item of value) expectStorable(item, key);
  else if (value && typeof value === "object") for (const [name, inner] of Object.entries(value)) expectStorable(inner, name);
}

const hostileLeaf = fc.oneof(
  hostileText,
  hugeText,
  fc.constantFrom(...HOSTILE_DAYS),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
  fc.constantFrom(NaN, Infinity, -0, 2 ** 53 + 1, null, undefined, true),
);

/** Where a sample holds strings, as paths of keys and indexes. */
function stringPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [at];
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => stringPaths(inner, [...at, Array.isArray(value) ? Number(key) : key]));
}

function withValueAt(value: unknown, [head, ...rest]: (string | number)[], change: (old: unknown) => unknown): unknown {
  if (head === undefined) return change(value);
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = withValueAt(copy[head], rest, change);
  return copy;
}

/** The sample with hostile text around (or instead of) one of its strings, or one field replaced by anything. */
function mutate(sample: unknown, [wrap, target, isReplaced, replacement]: [string, number, boolean, unknown]): unknown {
  const paths = stringPaths(sample);
  const keys = Object.keys(sample as object);
  if (isReplaced || paths.length === 0) return withValueAt(sample, [keys[target % keys.length]!], () => replacement);
  return withValueAt(sample, paths[target % paths.length]!, (old) => `${wrap}${String(old)}${wrap}`);
}
const mutation = fc.tuple(fc.oneof(fc.constantFrom(...FRAGMENTS), hostileText), fc.nat(), fc.boolean(), hostileLeaf);

describe("server actions' input schemas under hostile values", () => {
  it("has a sample for every schema an action validates with", () => {
    const names = actionSchemaNames();
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((name) => !(name in SAMPLES))).toEqual([]);
  });

  it.each(Object.entries(SAMPLES))("%s parses its sample, and never throws or lets unstorable text through", (_name, [schema, sample]) => {
    expect(schema.safeParse(sample).error).toBeUndefined();
    fc.assert(
      fc.property(mutation, (change) => {
        const result = schema.safeParse(mutate(sample, change));
        if (result.success) expectStorable(result.data);
      }),
      { seed: 20_261_221, numRuns: 200 },
    );
  });
});
