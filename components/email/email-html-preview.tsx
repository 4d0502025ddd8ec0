/**
 * The HTML version in a fully sandboxed frame: no scripts, no forms, no navigation of this page,
 * and a separate origin, so a message's markup can never act on the app. Links in it do not
 * open; the text version above them is clickable.
 */
export function EmailHtmlPreview({ html, subject }: { html: string; subject: string }) {
  return (
    <iframe
      sandbox=""
      srcDoc={html}
      title={`HTML version of “${subject}”`}
      className="h-[32rem] w-full rounded-md border border-border bg-white"
    />
  );
}
