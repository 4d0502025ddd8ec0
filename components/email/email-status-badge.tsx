import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { EmailStatus } from "@/lib/generated/prisma/enums";

const STATUS: Record<EmailStatus, { label: string; tone: BadgeTone }> = {
  PENDING: { label: "Pending", tone: "amber" },
  SENT: { label: "Sent", tone: "green" },
  FAILED: { label: "Failed", tone: "red" },
};

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const { label, tone } = STATUS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
