import type { ReactNode } from "react";

export function SettingsSection({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-border bg-surface p-5 shadow-xs sm:p-6">
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      <p className="mt-1 mb-5 text-sm text-fg-muted">{description}</p>
      {children}
    </section>
  );
}
