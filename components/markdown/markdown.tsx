import type { ReactNode } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { cn } from "@/components/ui/cn";

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * Keeps absolute http(s) and mailto URLs and drops every other one (javascript:, data:, vbscript:,
 * relative paths that could point at our own actions); a link without a URL renders as text.
 */
export function safeUrl(url: string): string | undefined {
  try {
    return SAFE_PROTOCOLS.has(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

const heading = (Tag: "h3" | "h4" | "h5" | "h6") =>
  function Heading({ children }: { children?: ReactNode }) {
    return <Tag>{children}</Tag>;
  };

// Headings start at h3 so that a user's "# Title" never competes with the page's own outline.
const COMPONENTS: Components = {
  h1: heading("h3"),
  h2: heading("h4"),
  h3: heading("h5"),
  h4: heading("h6"),
  h5: heading("h6"),
  h6: heading("h6"),
  a: ({ href, children }) =>
    href ? (
      <a href={href} rel="nofollow noopener noreferrer">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // Remote images are never loaded (the CSP allows none, and they would reveal readers' addresses
  // to whoever hosts them); an image becomes a link to it.
  img: ({ src, alt }) => {
    const label = `Image${alt ? `: ${alt}` : ""}`;
    return typeof src === "string" && src ? (
      <a href={src} rel="nofollow noopener noreferrer">
        {label}
      </a>
    ) : (
      <span>{label}</span>
    );
  },
};

/**
 * User-written Markdown (GitHub flavour) rendered safely: raw HTML is dropped, the output is
 * sanitised with GitHub's schema, and only http(s) and mailto links survive.
 */
export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    // Inline code is set in the code font, without the backticks the typography plugin adds around it.
    <div className={cn("prose prose-sm max-w-none break-words dark:prose-invert prose-code:before:content-none prose-code:after:content-none", className)}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSanitize]}
        skipHtml
        urlTransform={safeUrl}
        components={COMPONENTS}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
