import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IncidentCard } from "@/components/status-page/incident-card";
import { IncidentHistory } from "@/components/status-page/incident-history";
import { OverallState } from "@/components/status-page/overall-state";
import { StatusFrame } from "@/components/status-page/status-frame";
import { SubscribeForm } from "@/components/status-page/subscribe-form";
import { formatStatusTime } from "@/components/status-page/time";
import { getStatusPage } from "@/lib/status-page";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getStatusPage((await params).slug);
  return { title: page ? `${page.workspace.name} status` : "Status" };
}

export default async function StatusPage({ params }: Props) {
  const page = await getStatusPage((await params).slug);
  if (!page) notFound();
  return (
    <StatusFrame title={`${page.workspace.name} status`}>
      <OverallState worst={page.worstSeverity} />
      {page.current.length > 0 && (
        <section aria-labelledby="current" className="space-y-4">
          <h2 id="current" className="text-base font-semibold">
            Current incidents
          </h2>
          {page.current.map((incident) => (
            <IncidentCard key={incident.id} incident={incident} timeZone={page.timeZone} />
          ))}
        </section>
      )}
      <SubscribeForm slug={page.workspace.slug} />
      <IncidentHistory days={page.history} timeZone={page.timeZone} />
      <p className="text-xs text-fg-muted">
        As of <time dateTime={page.generatedAt.toISOString()}>{formatStatusTime(page.generatedAt, page.timeZone)}</time>
      </p>
    </StatusFrame>
  );
}
