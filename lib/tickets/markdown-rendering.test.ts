import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown/markdown";

const render = (markdown: string) => renderToStaticMarkup(createElement(Markdown, null, markdown));

// The ticket page renders descriptions and replies with this component; these are its guarantees.
describe("Markdown rendering of user text", () => {
  it("renders GitHub-flavoured Markdown", () => {
    const html = render("**bold** and a [link](https://example.com)\n\n| a | b |\n| - | - |\n| 1 | 2 |");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('<a href="https://example.com" rel="nofollow noopener noreferrer">link</a>');
    expect(html).toContain("<table>");
  });

  it("drops script tags and raw HTML instead of rendering them", () => {
    const html = render('<script>alert(1)</script>\n\nHello <b onclick="x()">there</b> <iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<script|<b[ >]|<iframe|onclick/i);
    expect(html).toContain("Hello");
  });

  it("neutralises javascript: and data: links, keeping their text", () => {
    const html = render("[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [mail](mailto:a@example.com)");
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain("<span>click</span>");
    expect(html).toContain('href="mailto:a@example.com"');
  });

  it("never loads an image and strips event handlers such as onerror", () => {
    const html = render('![cat](https://example.com/cat.png)\n\n<img src=x onerror="alert(1)">');
    expect(html).not.toMatch(/<img|onerror/i);
    expect(html).toContain('<a href="https://example.com/cat.png" rel="nofollow noopener noreferrer">Image: cat</a>');
  });

  it("escapes angle brackets in plain text", () => {
    expect(render("a < b & c > d")).toContain("a &lt; b &amp; c &gt; d");
  });

  it("keeps a user's headings below the page's own", () => {
    expect(render("# Title")).toContain("<h3>Title</h3>");
  });
});
