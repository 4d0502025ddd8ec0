import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { StatusFrame } from "@/components/status-page/status-frame";
import { TokenButton } from "@/components/status-page/token-button";
import { unsubscribeFromStatusPageAction } from "@/lib/status-page/actions";
import { INVALID_STATUS_LINK_MESSAGE, statusPageTokenSchema } from "@/lib/status-page/schemas";

export const metadata: Metadata = { title: "Unsubscribe" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ token?: string | string[] }> };

// Nothing is read here: unsubscribing answers the same for any token, so the page needs no lookup.
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const parsed = statusPageTokenSchema.safeParse({ slug: (await params).slug, token: (await searchParams).token });
  return (
    <StatusFrame title="Status updates">
      <div className="mx-auto max-w-sm">
        {parsed.success ? (
          <AuthCard title="Unsubscribe from incident updates" description="Press the button and this address gets no more status emails.">
            <TokenButton
              {...parsed.data}
              action={unsubscribeFromStatusPageAction}
              label="Unsubscribe"
              pendingLabel="Unsubscribing…"
              done="You are unsubscribed: no more status emails will be sent to this address."
            />
          </AuthCard>
        ) : (
          <AuthCard title="This link does not work" description={INVALID_STATUS_LINK_MESSAGE} />
        )}
      </div>
    </StatusFrame>
  );
}
