import { afterEach, describe, expect, it, vi } from "vitest";
import { appUrl } from "./app-url";
import { escapeHtml } from "./html";
import { renderEmail } from "./templates";

afterEach(() => vi.unstubAllEnvs());

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("appUrl", () => {
  it("uses AUTH_URL as the public origin when set", () => {
    vi.stubEnv("AUTH_URL", "https://help.example.com");
    expect(appUrl("/verify-email?token=abc")).toBe("https://help.example.com/verify-email?token=abc");
  });

  it("falls back to localhost on PORT, or 3000", () => {
    vi.stubEnv("AUTH_URL", "");
    vi.stubEnv("PORT", "4100");
    expect(appUrl("sign-in")).toBe("http://localhost:4100/sign-in");
    vi.stubEnv("PORT", undefined);
    expect(appUrl("/")).toBe("http://localhost:3000/");
  });
});

describe("renderEmail", () => {
  it("escapes a script tag in a name in the HTML but keeps it verbatim in the text", () => {
    const email = renderEmail("welcome", { name: `<script>alert("x")</script>`, workspaceName: "Acme & Co" });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(email.html).toContain("Acme &amp; Co");
    expect(email.text).toContain(`Hello <script>alert("x")</script>,`);
  });

  it("puts an absolute link in both the text and the HTML", () => {
    vi.stubEnv("AUTH_URL", "https://help.example.com");
    const email = renderEmail("verify-email", { name: "Ann", verifyPath: "/verify-email?token=t0k&x=1", expiresInHours: 24 });
    expect(email.subject).toBe("Verify your email address for Triage");
    expect(email.text).toContain("Verify email address: https://help.example.com/verify-email?token=t0k&x=1");
    expect(email.html).toContain(`href="https://help.example.com/verify-email?token=t0k&amp;x=1"`);
    expect(email.html).toContain("<title>Verify your email address for Triage</title>");
  });

  it("tells the owner of an existing account how to sign in or reset, with absolute links", () => {
    vi.stubEnv("AUTH_URL", "https://help.example.com");
    const email = renderEmail("account-exists", { name: "Ann" });
    expect(email.subject).toBe("You already have a Triage account");
    expect(email.text).toContain("Someone — hopefully you — tried to create a Triage account with this address.");
    expect(email.text).toContain("reset your password at https://help.example.com/forgot-password.");
    expect(email.text).toContain("Sign in: https://help.example.com/sign-in");
    expect(email.html).toContain(`href="https://help.example.com/sign-in"`);
  });

  it("renders every template with the product name and a UTC time where one is given", () => {
    const lockedUntil = new Date("2026-11-23T10:15:00Z");
    const emails = [
      renderEmail("password-reset", { name: "Ann", resetPath: "/reset-password?token=t", expiresInMinutes: 30 }),
      renderEmail("password-changed", { name: "Ann", changedAt: lockedUntil }),
      renderEmail("account-locked", { name: "Ann", lockedUntil }),
      renderEmail("two-factor-reset", { name: "Ann" }),
      renderEmail("two-factor-changed", { name: "Ann", isEnabled: true, changedAt: lockedUntil }),
      renderEmail("two-factor-changed", { name: "Ann", isEnabled: false, changedAt: lockedUntil }),
    ];
    for (const email of emails) {
      expect(email.subject).toContain("Triage");
      expect(email.html).toContain("Triage");
      expect(email.text).toMatch(/^Hello Ann,/);
    }
    expect(emails[2]?.text).toContain("Nov 23, 2026, 10:15 AM UTC");
    expect(emails[4]?.subject).toBe("Two-factor authentication was turned on on your Triage account");
    expect(emails[5]?.text).toContain("turned off for your Triage account on Nov 23, 2026, 10:15 AM UTC");
  });
});
