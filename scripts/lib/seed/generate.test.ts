import { describe, expect, it } from "vitest";
import { createTicketGenerator, type GeneratedTicket, type SeedContext } from "./generate";
import { countReopens, timeOrderedId } from "./events";
import { DAY_MS, HOUR_MS, RESOLUTION_SLA_HOURS, SPAN_MS } from "./timeline";

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const TOTAL = 20_000;
const OPEN = new Set(["NEW", "OPEN", "IN_PROGRESS", "WAITING_ON_CUSTOMER"]);

function createContext(overrides: Partial<SeedContext> = {}): SeedContext {
  let nextId = 0;
  const person = (name: string) => ({ id: `person-${name}`, name });
  return {
    seed: 42,
    now: NOW,
    total: TOTAL,
    firstNumber: 101,
    categoryIds: Array.from({ length: 8 }, (_, i) => `category-${i}`),
    clients: Array.from({ length: 50 }, (_, i) => person(`Client${i} Example`)),
    agents: [person("Jonas Keller"), person("Maria Santos"), person("Kwame Mensah")],
    manager: person("Priya Raman"),
    newId: () => `id-${nextId++}`,
    ...overrides,
  };
}

function generateAll(context: SeedContext): GeneratedTicket[] {
  const generate = createTicketGenerator(context);
  return Array.from({ length: context.total }, (_, index) => generate(index));
}

const generated = generateAll(createContext());
const tickets = generated.map((entry) => entry.ticket);

function share(predicate: (entry: GeneratedTicket) => boolean, entries = generated): number {
  return entries.filter(predicate).length / entries.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe("createTicketGenerator", () => {
  it("gives the same tickets for the same seed, whatever order they are asked for in", () => {
    const generate = createTicketGenerator(createContext());
    const backwards = [2, 1, 0].map((index) => generate(index));
    const withoutIds = (entry: GeneratedTicket) => ({ ...entry.ticket, id: "", comments: entry.comments.length });
    expect(backwards.reverse().map(withoutIds)).toEqual(generated.slice(0, 3).map(withoutIds));
  });

  it("numbers tickets from the reserved range in the order they were created", () => {
    const misnumbered = tickets.filter((ticket, index) => ticket.number !== 101 + index);
    const outOfOrder = tickets.filter((ticket, i) => i > 0 && ticket.createdAt < tickets[i - 1]!.createdAt);
    expect(misnumbered).toEqual([]);
    expect(outOfOrder).toEqual([]);
    expect(tickets[0]!.createdAt).toBeGreaterThanOrEqual(NOW - SPAN_MS);
    expect(tickets.at(-1)!.createdAt).toBeLessThanOrEqual(NOW);
  });

  it("keeps first_response_at, resolved_at, closed_at and due_at consistent with the status", () => {
    const inconsistent = tickets.filter((ticket) => {
      const isOpen = OPEN.has(ticket.status);
      return (
        (ticket.resolvedAt === null) !== isOpen ||
        (ticket.closedAt === null) !== (isOpen || ticket.status === "RESOLVED") ||
        (ticket.firstResponseAt === null) !== (ticket.status === "NEW") ||
        // Waiting on the customer pauses the clock: the app keeps no due time then.
        ticket.dueAt !== (ticket.status === "WAITING_ON_CUSTOMER" ? null : ticket.createdAt + RESOLUTION_SLA_HOURS[ticket.priority] * HOUR_MS)
      );
    });
    expect(inconsistent).toEqual([]);
  });

  it("writes one to five comments in time order, none after updated_at", () => {
    const wrong = generated.filter(({ ticket, comments }) => {
      const times = comments.map((comment) => comment.createdAt);
      return (
        comments.length < 1 ||
        comments.length > 5 ||
        times.some((time, i) => i > 0 && time < times[i - 1]!) ||
        times[0]! < ticket.createdAt ||
        ticket.updatedAt < Math.max(times.at(-1)!, ticket.resolvedAt ?? 0, ticket.closedAt ?? 0) ||
        ticket.updatedAt > NOW ||
        comments.some((comment) => comment.ticketId !== ticket.id) ||
        comments.some((comment) => comment.isInternal && comment.authorId === ticket.requesterId)
      );
    });
    expect(wrong).toEqual([]);
  });

  it("opens answered tickets with a public reply by the assignee at first_response_at", () => {
    const wrong = generated.filter(({ ticket, comments }) => {
      const first = comments[0]!;
      return (
        ticket.firstResponseAt !== null &&
        (first.createdAt !== ticket.firstResponseAt || first.authorId !== ticket.assigneeId || first.isInternal)
      );
    });
    expect(wrong).toEqual([]);
  });

  it("draws priorities at roughly 30/45/20/5 percent", () => {
    const expected = { LOW: 0.3, MEDIUM: 0.45, HIGH: 0.2, URGENT: 0.05 } as const;
    for (const [priority, target] of Object.entries(expected)) {
      expect(share((entry) => entry.ticket.priority === priority)).toBeCloseTo(target, 1);
    }
  });

  it("resolves old tickets and leaves recent ones open, NEW ones mostly unassigned", () => {
    const old = generated.filter((entry) => NOW - entry.ticket.createdAt > 60 * DAY_MS);
    const recent = generated.filter((entry) => NOW - entry.ticket.createdAt < DAY_MS);
    const fresh = generated.filter((entry) => entry.ticket.status === "NEW");
    expect(share((entry) => !OPEN.has(entry.ticket.status), old)).toBeGreaterThan(0.95);
    expect(share((entry) => OPEN.has(entry.ticket.status), recent)).toBeGreaterThan(0.4);
    expect(share((entry) => entry.ticket.assigneeId === null, fresh)).toBeGreaterThan(0.5);
  });

  it("resolves higher priorities faster", () => {
    const medianHours = (priority: string) =>
      median(
        tickets
          .filter((ticket) => ticket.priority === priority && ticket.resolvedAt !== null)
          .map((ticket) => (ticket.resolvedAt! - ticket.createdAt) / HOUR_MS),
      );
    expect(medianHours("URGENT")).toBeLessThan(medianHours("HIGH"));
    expect(medianHours("HIGH")).toBeLessThan(medianHours("MEDIUM"));
    expect(medianHours("MEDIUM")).toBeLessThan(medianHours("LOW"));
  });

  it("fills every template slot", () => {
    const texts = generated.flatMap(({ ticket, comments }) => [
      ticket.title,
      ticket.description,
      ...comments.map((comment) => comment.body),
    ]);
    expect(texts.filter((text) => /\{\w+\}/.test(text))).toEqual([]);
  });

  it("records events whose status walk, replayed, ends at the ticket's status and timestamps", () => {
    const wrong = generated.filter(({ ticket, events }) => {
      const changes = events.filter((event) => event.type === "STATUS_CHANGED");
      const first = (to: string) => changes.find((event) => event.toValue === to)?.createdAt ?? null;
      // A reopened ticket was resolved twice: the last resolution is the one that stands.
      const last = (to: string) => changes.findLast((event) => event.toValue === to)?.createdAt ?? null;
      const replayed = changes.reduce<string | null>((status, event) => (event.fromValue === status ? event.toValue : "broken"), "NEW");
      return (
        events[0]?.type !== "CREATED" ||
        events[0].createdAt !== ticket.createdAt ||
        events[0].actorId !== ticket.requesterId ||
        events.some((event, i) => i > 0 && event.createdAt <= events[i - 1]!.createdAt) ||
        events.some((event) => event.ticketId !== ticket.id || event.createdAt > ticket.updatedAt) ||
        replayed !== ticket.status ||
        first("OPEN") !== ticket.firstResponseAt ||
        last("RESOLVED") !== ticket.resolvedAt ||
        last("CLOSED") !== ticket.closedAt ||
        countReopens(events) !== ticket.reopenCount
      );
    });
    expect(wrong).toEqual([]);
  });

  it("credits the assignee with status changes, the system with closing, the requester with reopening", () => {
    const actorOf = (ticket: GeneratedTicket["ticket"], event: GeneratedTicket["events"][number]) => {
      if (event.toValue === "CLOSED") return null;
      return event.fromValue === "RESOLVED" ? ticket.requesterId : ticket.assigneeId;
    };
    const wrong = generated.filter(({ ticket, events }) =>
      events.filter((event) => event.type === "STATUS_CHANGED").some((event) => event.actorId !== actorOf(ticket, event)),
    );
    expect(wrong).toEqual([]);
    const reopened = generated.filter(({ ticket }) => ticket.reopenCount > 0).length;
    const resolved = generated.filter(({ ticket }) => ticket.resolvedAt !== null).length;
    expect(reopened / resolved).toBeGreaterThan(0.02);
    expect(reopened / resolved).toBeLessThan(0.1);
  });

  it("spells out a few tickets' events in full", () => {
    const sample = (status: string) => generated.find((entry) => entry.ticket.status === status)!;
    const walk = (entry: GeneratedTicket) => entry.events.map((event) => `${event.type}:${event.fromValue}>${event.toValue}`);
    expect(walk(sample("NEW"))).toEqual(["CREATED:null>null"]);
    expect(walk(sample("IN_PROGRESS"))).toEqual(["CREATED:null>null", "STATUS_CHANGED:NEW>OPEN", "STATUS_CHANGED:OPEN>IN_PROGRESS"]);
    const waiting = sample("WAITING_ON_CUSTOMER");
    expect(walk(waiting)).toEqual(["CREATED:null>null", "STATUS_CHANGED:NEW>OPEN", "STATUS_CHANGED:OPEN>WAITING_ON_CUSTOMER"]);
    expect(waiting.events[2]!.createdAt).toBeGreaterThanOrEqual(waiting.comments.at(-1)!.createdAt);
    expect(walk(sample("CLOSED"))).toEqual([
      "CREATED:null>null",
      "STATUS_CHANGED:NEW>OPEN",
      "STATUS_CHANGED:OPEN>RESOLVED",
      "STATUS_CHANGED:RESOLVED>CLOSED",
    ]);
  });
});

describe("timeOrderedId", () => {
  it("is a version-7 UUID that sorts by its time, unique within one millisecond", () => {
    const ids = [timeOrderedId(NOW), timeOrderedId(NOW), timeOrderedId(NOW + 1), timeOrderedId(NOW + DAY_MS)];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(4);
    expect(ids[0]!.slice(0, 13)).toBe(ids[1]!.slice(0, 13));
    expect(ids[2]! > ids[0]! && ids[2]! > ids[1]! && ids[3]! > ids[2]!).toBe(true);
  });
});
