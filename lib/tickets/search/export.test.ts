import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { NotFoundError } from "@/lib/errors";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { csvCell, csvLine } from "./csv";
import { EXPORT_HEADER, streamTicketsCsv } from "./export";

async function collect(stream: ReadableStream<Uint8Array>) {
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(decoder.decode(read.value));
  return chunks;
}

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvCell('Say "hi", then\nleave')).toBe('"Say ""hi"", then\nleave"');
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    for (const start of ["+", "-", "@", "\t"]) expect(csvCell(`${start}1`)).toBe(`'${start}1`);
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(new Date("2026-01-02T03:04:05.006Z"))).toBe("2026-01-02T03:04:05.006Z");
    expect(csvCell(null)).toBe("");
    expect(csvLine(["a", 1, undefined])).toBe("a,1,\r\n");
  });
});

describe("streamTicketsCsv", () => {
  it("streams every filtered ticket in batches, once, and audits the export with its row count", async () => {
    const workspace = await createWorkspace();
    const { actor: agent } = await createUser({ role: "MANAGER", workspaceId: workspace.id });
    const { actor: client } = await createUser({ workspaceId: workspace.id, name: "Cleo, \"the\" client" });
    for (let index = 0; index < 5; index++) {
      await createTicket({ workspaceId: workspace.id, requesterId: client.userId, status: "OPEN", title: index === 0 ? "=cmd|' /C calc'!A0" : `Export ${index}` });
    }
    await createTicket({ workspaceId: workspace.id, requesterId: client.userId, status: "CLOSED" });
    const stranger = await createUser({ role: "ADMIN" });
    await createTicket({ workspaceId: stranger.actor.workspaceId, requesterId: stranger.user.id, status: "OPEN" });

    const chunks = await collect(await streamTicketsCsv(agent, { view: "open" }, { batchSize: 2 }));
    // The header, then three batches of 2, 2 and 1 rows.
    expect(chunks).toHaveLength(4);
    const lines = chunks.join("").split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(EXPORT_HEADER.join(","));
    expect(lines).toHaveLength(6);
    expect(new Set(lines.slice(1).map((line) => line.split(",")[0])).size).toBe(5);
    expect(lines.join("\n")).toContain(`"Cleo, ""the"" client",${client.email}`);
    expect(lines.join("\n")).toContain("'=cmd|' /C calc'!A0");
    expect(lines.some((line) => line.includes(",Closed,"))).toBe(false);

    const audit = await db.auditLog.findFirst({ where: { workspaceId: workspace.id, action: "ticket.exported" } });
    expect(audit?.metadata).toEqual({ filters: "view=open", rowCount: 5 });
  });

  it("audits an export the reader abandons, with the rows sent so far", async () => {
    const workspace = await createWorkspace();
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const { actor: client } = await createUser({ workspaceId: workspace.id });
    for (let index = 0; index < 3; index++) await createTicket({ workspaceId: workspace.id, requesterId: client.userId });

    const reader = (await streamTicketsCsv(agent, {}, { batchSize: 1 })).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    const audit = await db.auditLog.findFirst({ where: { workspaceId: workspace.id, action: "ticket.exported" } });
    expect(audit?.metadata).toMatchObject({ completed: false });
    expect((audit?.metadata as { rowCount: number }).rowCount).toBeLessThan(3);
  });

  it("exports nothing of another workspace and refuses clients", async () => {
    const workspace = await createWorkspace();
    const { actor: client } = await createUser({ workspaceId: workspace.id });
    await createTicket({ workspaceId: workspace.id, requesterId: client.userId });
    const { actor: stranger } = await createUser({ role: "ADMIN" });

    const lines = (await collect(await streamTicketsCsv(stranger, {}))).join("").split("\r\n").filter(Boolean);
    expect(lines).toEqual([EXPORT_HEADER.join(",")]);
    await expect(streamTicketsCsv(client, {})).rejects.toThrow(NotFoundError);
  });

  it("reads the first batch before the download starts, so a query that fails is an error status, not a file cut off after its header", async () => {
    const { actor: agent } = await createUser({ role: "AGENT" });
    // A day PostgreSQL has not got, as the filter schema used to let through.
    await expect(streamTicketsCsv(agent, { createdFrom: "0000-01-01" })).rejects.toThrow();
    const audits = await db.auditLog.count({ where: { workspaceId: agent.workspaceId, action: "ticket.exported" } });
    expect(audits).toBe(0);
  });
});
