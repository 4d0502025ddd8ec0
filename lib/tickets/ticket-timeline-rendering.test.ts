import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TicketTimeline } from "@/components/tickets/ticket-timeline";
import type { Timeline } from "./queries";

const now = new Date("2026-03-01T12:00:00Z");
const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);

const timeline: Timeline = {
  hasEarlier: false,
  items: [
    { type: "event", id: "e1", createdAt: at(180), event: "CREATED", from: null, to: null, actorName: "Carl <Client>" },
    {
      type: "comment",
      id: "c1",
      createdAt: at(120),
      body: "It broke <img src=x onerror=alert(1)>",
      isInternal: false,
      author: { name: "Carl <Client>", isStaff: false },
      mergedFromNumber: 12,
    },
    { type: "comment", id: "c2", createdAt: at(60), body: "The cable.", isInternal: true, author: { name: "Ann", isStaff: true }, mergedFromNumber: null },
    { type: "event", id: "e2", createdAt: at(30), event: "STATUS_CHANGED", from: "OPEN", to: "RESOLVED", actorName: "Ann" },
  ],
};

// The timeline is a server component; these check what reaches the browser.
describe("TicketTimeline", () => {
  const html = renderToStaticMarkup(createElement(TicketTimeline, { timeline, now }));

  it("labels internal notes in words, not by colour alone", () => {
    expect(html).toContain('aria-label="Internal note by Ann"');
    expect(html).toMatch(/<\/svg> Internal note<\/span>/);
  });

  it("describes changes as who, what, from and to, and marks merged replies", () => {
    expect(html).toContain("changed the status from Open to Resolved");
    expect(html).toContain("30 minutes ago");
    expect(html).toContain("merged from #12");
  });

  it("escapes names and neutralises markup in bodies", () => {
    expect(html).toContain("Carl &lt;Client&gt;");
    expect(html).not.toMatch(/<img|onerror/);
  });
});
