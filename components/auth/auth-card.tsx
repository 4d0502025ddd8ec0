import type { ReactNode } from "react";

/** The card every signed-out page sits in: a heading, a line under it, the content, a footer. */
export function AuthCard({
  title,
  description,
  footer,
  children,
}: {
  title: string;
  description?: ReactNode;
  footer?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="space-y-4">
      <div className="rounded-xl border border-border bg-surface p-6 shadow-sm sm:p-8">
        <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
        {description && <p className="mt-1 text-sm text-fg-muted">{description}</p>}
        {children}
      </div>
      {footer && <p className="text-center text-sm text-fg-muted">{footer}</p>}
    </div>
  );
}
