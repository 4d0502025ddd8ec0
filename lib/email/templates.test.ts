import { describe, expect, it } from "vitest";
import { emailOrigin } from "./app-url";
import { escapeHtml } from "./html";
import { type EmailTemplateData, type EmailTemplateName, renderEmail as renderAt } from "./templates";

const renderEmail = <Name extends EmailTemplateName>(template: Name, data: EmailTemplateData[Name]) =>
  renderAt(template, data, "https://help.example.com");

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("emailOrigin", () => {
  const request = (host: string, protocol?: string) => new Headers({ host, ...(protocol && { "x-forwarded-proto": protocol }) });

  it("uses AUTH_URL, the public origin, whatever the request says", () => {
    expect(emailOrigin(request("evil.example"), { AUTH_URL: "https://help.example.com" })).toBe("https://help.example.com");
  });

  it("without AUTH_URL, links to the origin the server was reached at", () => {
    expect(emailOrigin(request("devbox:3000"), {})).toBe("http://devbox:3000");
    expect(emailOrigin(request("Help.Example.com", "https"), { PORT: "4100" })).toBe("https://help.example.com");
  });

  it("falls back to localhost on PORT, or 3000, outside a request or for a Host it cannot use", () => {
    expect(emailOrigin(null, { PORT: "4100" })).toBe("http://localhost:4100");
    expect(emailOrigin(null, {})).toBe("http://localhost:3000");
    for (const host of ["evil.example/phish?x=", "user@evil.example", "", "a b"]) expect(emailOrigin(request(host), {})).toBe("http://localhost:3000");
    expect(emailOrigin(request("devbox:3000", "javascript"), {})).toBe("http://localhost:3000");
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
    const email = renderEmail("verify-email", { name: "Ann", verifyPath: "/verify-email?token=t0k&x=1", expiresInHours: 24 });
    expect(email.subject).toBe("Verify your email address for Triage");
    expect(email.text).toContain("Verify email address: https://help.example.com/verify-email?token=t0k&x=1");
    expect(email.html).toContain(`href="https://help.example.com/verify-email?token=t0k&amp;x=1"`);
    expect(email.html).toContain("<title>Verify your email address for Triage</title>");
  });

  it("tells the owner of an existing account how to sign in or reset, with absolute links", () => {
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

  it("invites someone by name, inviter, workspace and role, with a seven-day link", () => {
    const data = {
      name: "Ann",
      inviterName: "Grace <Admin>",
      workspaceName: "Acme & Co",
      roleLabel: "Agent",
      hasAccount: false,
      acceptPath: "/accept-invite?token=t0k",
      expiresInDays: 7,
    };
    const email = renderEmail("invitation", data);
    expect(email.subject).toBe("Grace <Admin> invited you to Acme & Co on Triage");
    expect(email.text).toMatch(/^Hello Ann,/);
    expect(email.text).toContain("Grace <Admin> invited you to Acme & Co as Agent");
    expect(email.text).toContain("Choose a password");
    expect(email.text).toContain("expires in 7 days");
    expect(renderEmail("invitation", { ...data, hasAccount: true }).text).toContain("sign in with your existing Triage account");
    expect(email.text).toContain("Accept the invitation: https://help.example.com/accept-invite?token=t0k");
    expect(email.html).toContain("Grace &lt;Admin&gt;");
    expect(email.html).toContain(`href="https://help.example.com/accept-invite?token=t0k"`);
  });

  it("tells a member an admin requires a new password, with the link and where to get another", () => {
    const email = renderEmail("password-reset-required", { name: "Ann", resetPath: "/reset-password?token=t", expiresInMinutes: 60 });
    expect(email.subject).toBe("Choose a new password for your Triage account");
    expect(email.text).toContain("An administrator asked you to choose a new password");
    expect(email.text).toContain("expires in 60 minutes");
    expect(email.text).toContain("https://help.example.com/forgot-password");
    expect(email.text).toContain("Choose a new password: https://help.example.com/reset-password?token=t");
  });
});

describe("ticket notification templates", () => {
  const ticket = { number: 42, title: `Printer <b>"on fire"</b> & smoking`, workspaceSlug: "acme" };

  it("confirms a filed request by number and title, linking to the ticket", () => {
    const email = renderEmail("ticket-created", { name: "Ann", ticket });
    expect(email.subject).toBe(`We received your request #42: Printer <b>"on fire"</b> & smoking`);
    expect(email.text).toContain("Open #42: https://help.example.com/w/acme/tickets/42");
    expect(email.html).toContain(`href="https://help.example.com/w/acme/tickets/42"`);
    expect(email.html).not.toContain("<b>");
    expect(email.html).toContain("Printer &lt;b&gt;&quot;on fire&quot;&lt;/b&gt; &amp; smoking");
  });

  it("keeps a title with line breaks on one line in the subject", () => {
    const email = renderEmail("ticket-created", { name: "Ann", ticket: { number: 7, title: "Two\r\nlines", workspaceSlug: "acme" } });
    expect(email.subject).toBe("We received your request #7: Two lines");
  });

  it("quotes a reply as escaped plain text with who wrote it", () => {
    const email = renderEmail("ticket-replied", {
      name: "Ann",
      ticket,
      replierName: "Grace <Agent>",
      body: "First paragraph.\n\n<script>alert(1)</script>",
    });
    expect(email.subject).toBe(`New reply on your request #42: Printer <b>"on fire"</b> & smoking`);
    expect(email.text).toContain("Grace <Agent> replied to your request #42");
    expect(email.text).toContain("First paragraph.\n\n<script>alert(1)</script>");
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("Grace &lt;Agent&gt;");
    expect(email.html).toContain("<p style=\"margin:0 0 16px\">&lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });

  it("cuts a long reply near 2,000 characters at a word and says there is more", () => {
    const body = `${"word ".repeat(600)}THE-END`;
    const email = renderEmail("ticket-replied", { name: "Ann", ticket, replierName: "Grace", body });
    expect(email.text).not.toContain("THE-END");
    expect(email.text).toContain("word …");
    expect(email.text).toContain("open the ticket to read all of it");
    const quoted = email.text.split("\n").find((line) => line.startsWith("word")) ?? "";
    expect(quoted.length).toBeLessThanOrEqual(2002);
    expect(quoted.length).toBeGreaterThan(1990);
  });

  it("tells the requester what to do when the ticket waits on them or is resolved", () => {
    const waiting = renderEmail("ticket-status-changed", { name: "Ann", ticket, status: "WAITING_ON_CUSTOMER", reopenDays: 14 });
    expect(waiting.subject).toContain("is waiting on you");
    expect(waiting.text).toContain("answer it on the ticket page");
    const resolved = renderEmail("ticket-status-changed", { name: "Ann", ticket, status: "RESOLVED", reopenDays: 14 });
    expect(resolved.subject).toContain("was resolved");
    expect(resolved.text).toContain("Reopen it from the ticket page within 14 days");
    expect(resolved.text).toContain("/w/acme/tickets/42");
  });

  it("gives the assignee and staff the requester, priority and category, escaped", () => {
    const assigned = renderEmail("ticket-assigned", { name: "Bob", ticket, requesterName: "Ann & Co", priority: "HIGH" });
    expect(assigned.subject).toBe(`Assigned to you: #42: Printer <b>"on fire"</b> & smoking`);
    expect(assigned.text).toContain("Requester: Ann & Co. Priority: High.");
    expect(assigned.html).toContain("Requester: Ann &amp; Co. Priority: High.");
    const filed = renderEmail("ticket-new-for-staff", {
      name: "Bob",
      ticket,
      requesterName: "Ann",
      priority: "URGENT",
      categoryName: "<Hardware>",
    });
    expect(filed.subject).toBe(`New ticket #42: Printer <b>"on fire"</b> & smoking`);
    expect(filed.text).toContain("Ann filed #42");
    expect(filed.text).toContain("Category: <Hardware>. Priority: Urgent.");
    expect(filed.html).toContain("Category: &lt;Hardware&gt;. Priority: Urgent.");
    const uncategorised = renderEmail("ticket-new-for-staff", { name: "Bob", ticket, requesterName: "Ann", priority: "LOW", categoryName: null });
    expect(uncategorised.text).toContain("Category: none. Priority: Low.");
  });
});
