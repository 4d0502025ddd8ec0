import type { TicketKind, TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";

export const STATUS_LABELS: Record<TicketStatus, string> = {
  NEW: "New",
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  WAITING_ON_CUSTOMER: "Waiting on customer",
  RESOLVED: "Resolved",
  CLOSED: "Closed",
};

export const PRIORITY_LABELS: Record<TicketPriority, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
  URGENT: "Urgent",
};

export const KIND_LABELS: Record<TicketKind, string> = {
  INCIDENT: "Incident",
  REQUEST: "Service request",
  QUESTION: "Question",
};
