const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Every user-provided string goes through this before it reaches an email's HTML. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** A paragraph of plain text, escaped. */
export const paragraph = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;

/** A call-to-action link; the URL is also printed so it can be copied when buttons are stripped. */
export function actionLink(label: string, url: string): string {
  const href = escapeHtml(url);
  return [
    `<p style="margin:24px 0"><a href="${href}" style="display:inline-block;padding:10px 18px;border-radius:6px;background:#4338ca;color:#ffffff;text-decoration:none;font-weight:600">${escapeHtml(label)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:13px;color:#545b69">Or open this link: <a href="${href}" style="color:#4338ca">${href}</a></p>`,
  ].join("\n");
}

/** The small print that stops a subscription, as a link. */
export function unsubscribeLink(url: string): string {
  const href = escapeHtml(url);
  return `<p style="margin:24px 0 0;font-size:13px;color:#545b69">You receive this because you subscribed to these updates. <a href="${href}" style="color:#4338ca">Unsubscribe</a></p>`;
}

/** The shared frame: plain, readable in any client, with a language and a title for screen readers. */
export function emailLayout(subject: string, bodyHtml: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f7f7f8;color:#16181d;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:15px;line-height:1.5">
<div role="article" aria-label="${escapeHtml(subject)}" style="max-width:560px;margin:0 auto;padding:32px;background:#ffffff;border:1px solid #e2e4e9;border-radius:8px">
<p style="margin:0 0 24px;font-weight:700;font-size:18px">Triage</p>
${bodyHtml}
<p style="margin:32px 0 0;font-size:13px;color:#545b69">This message was sent by Triage. If you did not expect it, you can ignore it.</p>
</div>
</body>
</html>`;
}
