import { Fragment } from "react";
import { splitLinks } from "@/lib/email/links";

/**
 * Plain email text with its web links clickable; each link's accessible name is its URL. React
 * escapes every part and only http(s) URLs become links, so a message cannot inject markup or
 * `javascript:` links into the page.
 */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <div className="font-mono text-sm break-words whitespace-pre-wrap">
      {splitLinks(text).map((part, index) =>
        part.isLink ? (
          <a key={index} href={part.text} className="break-all text-accent underline underline-offset-2 hover:text-accent-hover">
            {part.text}
          </a>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </div>
  );
}
