import type { EmailStatus } from "@/lib/generated/prisma/enums";

/** Why a message is not sent yet, or never will be; nothing for a message without failures. */
export function DeliveryProblem({
  status,
  attempts,
  lastError,
}: {
  status: EmailStatus;
  attempts: number;
  lastError: string | null;
}) {
  if (!lastError || status === "SENT") return null;
  const summary =
    status === "FAILED"
      ? `Gave up after ${attempts} attempts`
      : `${attempts} failed ${attempts === 1 ? "attempt" : "attempts"}, retrying`;
  return (
    <p className="truncate text-xs text-danger" title={lastError}>
      {summary}: {lastError}
    </p>
  );
}
