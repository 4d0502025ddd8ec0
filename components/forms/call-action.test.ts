import { redirect } from "next/navigation";
import { describe, expect, it } from "vitest";
import { CONNECTION_LOST, callAction } from "./call-action";

describe("callAction", () => {
  it("passes the action's own answer through, failures included", async () => {
    expect(await callAction(async () => ({ ok: true, data: 1 }))).toEqual({ ok: true, data: 1 });
    expect(await callAction(async () => ({ ok: false, error: "Choose a status." }))).toEqual({ ok: false, error: "Choose a status." });
  });

  it("turns a request that could not be made into a retryable failure", async () => {
    const result = await callAction(() => Promise.reject(new TypeError("Failed to fetch")));
    expect(result).toEqual({ ok: false, error: CONNECTION_LOST, notSent: true });
  });

  it("shows the server's own words when it answered in plain text, a generic line when it answered a page", async () => {
    const busy = await callAction(() => Promise.reject(new Error("the server is busy, try again in 5 seconds")));
    expect(busy).toEqual({ ok: false, error: "Not sent: the server is busy, try again in 5 seconds", notSent: true });
    const page = await callAction(() => Promise.reject(new Error("An unexpected response was received from the server.")));
    expect(page).toEqual({ ok: false, error: "Not sent: the server did not answer. Try again in a moment.", notSent: true });
  });

  it("lets Next's redirects through", async () => {
    await expect(callAction(async () => redirect("/"))).rejects.toThrow("NEXT_REDIRECT");
  });
});
