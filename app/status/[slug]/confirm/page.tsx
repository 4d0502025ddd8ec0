import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { StatusFrame } from "@/components/status-page/status-frame";
import { TokenButton } from "@/components/status-page/token-button";
import { confirmStatusPageSubscriptionAction } from "@/lib/status-page/actions";
import { INVALID_STATUS_LINK_MESSAGE, statusPageTokenSchema } from "@/lib/status-page/schemas";
import { isConfirmationTokenUsable } from "@/lib/status-page/subscriptions";

export const metadata: Metadata = { title: "Confirm your subscription" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ token?: string | string[] }> };

export default async function ConfirmSubscriptionPage({ params, searchParams }: Props) {
  const parsed = statusPageTokenSchema.safeParse({ slug: (await params).slug, token: (await searchParams).token });
  const isUsable = parsed.success && (await isConfirmationTokenUsable(parsed.data));
  return (
    <StatusFrame title="Status updates">
      <div className="mx-auto max-w-sm">
        {parsed.success && isUsable ? (
          <AuthCard title="Confirm your subscription" description="Press the button to start receiving incident updates by email.">
            <TokenButton
              {...parsed.data}
              action={confirmStatusPageSubscriptionAction}
              label="Confirm subscription"
              pendingLabel="Confirming…"
              done="You are subscribed. Every update email has a link to unsubscribe."
            />
          </AuthCard>
        ) : (
          <AuthCard title="This link does not work" description={`${INVALID_STATUS_LINK_MESSAGE} Subscribe again from the status page to get a new one.`} />
        )}
      </div>
    </StatusFrame>
  );
}
