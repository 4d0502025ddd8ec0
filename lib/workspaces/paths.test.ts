import { describe, expect, it } from "vitest";
import { splitWorkspacePath, workspaceDownloadPath, workspacePath } from "./paths";

describe("workspace paths", () => {
  it("puts a page under its workspace's slug", () => {
    expect(workspacePath("acme", "/tickets/12")).toBe("/w/acme/tickets/12");
    expect(workspacePath("acme", "/tickets?view=open")).toBe("/w/acme/tickets?view=open");
    expect(workspacePath("acme", "/")).toBe("/w/acme");
    expect(workspaceDownloadPath("acme", "/tickets/export?q=vpn")).toBe("/api/w/acme/tickets/export?q=vpn");
  });

  it("reads the slug and the page back from a path, and nothing from a path outside a workspace", () => {
    expect(splitWorkspacePath("/w/acme/tickets/12")).toEqual({ slug: "acme", path: "/tickets/12" });
    expect(splitWorkspacePath("/w/acme?x=1")).toEqual({ slug: "acme", path: "/?x=1" });
    expect(splitWorkspacePath("/w/acme")).toEqual({ slug: "acme", path: "/" });
    for (const outside of ["/tickets/12", "/", "/w/", "/sign-in?callbackUrl=/w/acme", "/api/w/acme/tickets/export"]) {
      expect(splitWorkspacePath(outside)).toBeNull();
    }
  });
});
