import { randomUUID } from "node:crypto";
import type { TicketKind, TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import { DEMO_CATEGORIES } from "./categories";
import { firstName } from "./people";
import { createRandom, type Random } from "./random";
import { countReopens, type EventRow, planEvents } from "./events";
import { commentBody, fillTemplate, type CommentKind, type TextContext } from "./text";
import { createCreationCurve, HOUR_MS, planLifecycle } from "./timeline";

export type Person = { id: string; name: string };

export type SeedContext = {
  seed: number;
  /** Milliseconds since the epoch; nothing is dated after it. */
  now: number;
  /** How many tickets this run creates; ticket `index` runs from 0 to total - 1. */
  total: number;
  /** The number of ticket 0; the run reserved total numbers from here. */
  firstNumber: number;
  /** Ids of DEMO_CATEGORIES, in the same order. */
  categoryIds: readonly string[];
  clients: readonly Person[];
  agents: readonly Person[];
  manager: Person;
  /** Tests pass a counter; the seed uses random UUIDs so that reruns never collide. */
  newId?: () => string;
};

export type TicketRow = {
  id: string;
  number: number;
  title: string;
  description: string;
  kind: TicketKind;
  status: TicketStatus;
  priority: TicketPriority;
  categoryId: string;
  requesterId: string;
  assigneeId: string | null;
  createdAt: number;
  updatedAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  dueAt: number | null;
  reopenCount: number;
};

export type CommentRow = {
  id: string;
  ticketId: string;
  authorId: string;
  body: string;
  isInternal: boolean;
  createdAt: number;
};

export type GeneratedTicket = { ticket: TicketRow; comments: CommentRow[]; events: EventRow[] };

const PRIORITIES: readonly TicketPriority[] = ["LOW", "MEDIUM", "HIGH", "URGENT"];
const PRIORITY_WEIGHTS = [30, 45, 20, 5];
const CATEGORY_WEIGHTS = DEMO_CATEGORIES.map((category) => category.weight);
const AGENT_WEIGHTS = [40, 35, 25];
const FOLLOW_UPS: readonly CommentKind[] = ["clientReply", "internalNote", "staffUpdate", "infoRequest"];
const FOLLOW_UP_WEIGHTS = [45, 30, 15, 10];
const EXTRA_COMMENT_COUNTS = [0, 1, 2, 3, 4];
const EXTRA_COMMENT_WEIGHTS = [15, 25, 25, 20, 15];

/** Returns a function from ticket index to that ticket, its comments and events, a pure function of both. */
export function createTicketGenerator(context: SeedContext): (index: number) => GeneratedTicket {
  const curve = createCreationCurve(context.now);
  const newId = context.newId ?? randomUUID;
  const categoryIndexes = DEMO_CATEGORIES.map((_, i) => i);
  // A few clients file most tickets, as in any real customer base.
  const requesterWeights = context.clients.map((_, rank) => 1 / (rank + 1) ** 0.6);
  const agentWeights = context.agents.map((_, i) => AGENT_WEIGHTS[i] ?? 20);
  const people = [...context.clients, ...context.agents, context.manager];
  const firstNames = new Map(people.map((person) => [person.id, firstName(person.name)]));

  return (index) => {
    const random = createRandom(context.seed, index);
    const priority = random.weighted(PRIORITIES, PRIORITY_WEIGHTS);
    const categoryIndex = random.weighted(categoryIndexes, CATEGORY_WEIGHTS);
    const template = random.pick(DEMO_CATEGORIES[categoryIndex]!.templates);
    const requester = random.weighted(context.clients, requesterWeights);
    const createdAt = curve.at((index + random.next()) / context.total);
    const life = planLifecycle(random, priority, createdAt, context.now);
    const isAssigned = life.firstResponseAt !== null || random.chance(0.35);
    const assignee = isAssigned ? random.weighted(context.agents, agentWeights) : null;

    const ticketId = newId();
    const text: TextContext = {
      client: firstNames.get(requester.id)!,
      agent: firstNames.get((assignee ?? context.manager).id)!,
    };
    const authors = { requester, manager: context.manager, assignee: assignee ?? context.manager };
    const comments = planComments(random, context.now, { ...life, createdAt }).map((plan) => ({
      id: newId(),
      ticketId,
      authorId: authors[plan.author].id,
      body: commentBody(plan.kind, random, text),
      isInternal: plan.kind === "internalNote" || plan.kind === "triageNote",
      createdAt: plan.at,
    }));
    const lastComment = comments.length > 0 ? comments[comments.length - 1]!.createdAt : createdAt;

    const row: Omit<TicketRow, "updatedAt" | "reopenCount"> = {
      id: ticketId,
      number: context.firstNumber + index,
      title: fillTemplate(template.title, random),
      description: `${fillTemplate(template.body, random)}\n\nThanks,\n${text.client}`,
      kind: template.kind,
      status: life.status,
      priority,
      categoryId: context.categoryIds[categoryIndex]!,
      requesterId: requester.id,
      assigneeId: assignee?.id ?? null,
      createdAt,
      firstResponseAt: life.firstResponseAt,
      resolvedAt: life.resolvedAt,
      closedAt: life.closedAt,
      dueAt: life.dueAt,
    };
    // Drawn last, so adding events changed none of the values drawn before them.
    const events = planEvents({ ...row, lastCommentAt: lastComment }, random);
    const ticket: TicketRow = {
      ...row,
      updatedAt: Math.max(lastComment, events[events.length - 1]!.createdAt),
      reopenCount: countReopens(events),
    };
    return { ticket, comments, events };
  };
}

/** Clients write replies; the manager writes a fifth of internal notes; the assignee the rest. */
function authorOf(kind: CommentKind, random: Random): CommentPlan["author"] {
  if (kind === "clientReply") return "requester";
  return kind === "internalNote" && random.chance(0.2) ? "manager" : "assignee";
}

type CommentPlan = { kind: CommentKind; author: "requester" | "assignee" | "manager"; at: number };

type Timeline = {
  status: TicketStatus;
  createdAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
};

/**
 * One to five comments in time order. Answered tickets open with the first public staff reply
 * at first_response_at; resolved ones end with a resolution reply at resolved_at; waiting ones
 * end with a staff question. A NEW ticket has one: a client's addition or an internal triage note.
 */
function planComments(random: Random, now: number, life: Timeline): CommentPlan[] {
  if (life.firstResponseAt === null) {
    const at = life.createdAt + Math.round(random.next() * Math.min(now - life.createdAt, 2 * HOUR_MS));
    return random.chance(0.6)
      ? [{ kind: "clientAddition", author: "requester", at }]
      : [{ kind: "triageNote", author: "manager", at }];
  }
  const plans: CommentPlan[] = [{ kind: "firstReply", author: "assignee", at: life.firstResponseAt }];
  const extra = random.weighted(EXTRA_COMMENT_COUNTS, EXTRA_COMMENT_WEIGHTS);
  const endsWithResolution = life.resolvedAt !== null && extra > 0;
  const middleCount = endsWithResolution ? extra - 1 : extra;
  const windowEnd = life.resolvedAt ?? now;
  const times: number[] = [];
  for (let i = 0; i < middleCount; i++) {
    times.push(Math.round(life.firstResponseAt + random.next() * (windowEnd - life.firstResponseAt)));
  }
  times.sort((a, b) => a - b);
  for (const [i, at] of times.entries()) {
    const isLast = i === times.length - 1 && !endsWithResolution;
    const kind = isLast && life.status === "WAITING_ON_CUSTOMER"
      ? "infoRequest"
      : random.weighted(FOLLOW_UPS, FOLLOW_UP_WEIGHTS);
    plans.push({ kind, author: authorOf(kind, random), at });
  }
  if (endsWithResolution) plans.push({ kind: "resolution", author: "assignee", at: life.resolvedAt! });
  return plans;
}
