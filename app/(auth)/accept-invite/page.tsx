import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InvitationAcceptance } from "@/components/invitations/invitation-acceptance";
import { getActor } from "@/lib/auth/session";
import { findUsableInvitation } from "@/lib/invitations/queries";
import { invitationTokenSchema } from "@/lib/invitations/schemas";

export const metadata: Metadata = { title: "Accept your invitation" };

// No loading.tsx here: the lookup comes before any Suspense boundary, so a dead link is a real 404.
export default async function AcceptInvitePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const parsed = invitationTokenSchema.safeParse(await searchParams);
  // Only looks the token up: opening the link must not spend it, since mail scanners open links.
  const invitation = parsed.success ? await findUsableInvitation(parsed.data.token) : null;
  if (!parsed.success || !invitation) notFound();
  const actor = await getActor();
  return <InvitationAcceptance token={parsed.data.token} invitation={invitation} signedInEmail={actor?.email ?? null} />;
}
