import { apiJson, apiRoute, readJsonBody, readQuery } from "@/lib/api/handler";
import { operationSpec } from "@/lib/api/v1/operations";
import { createUserBodySchema, listUsersQuerySchema } from "@/lib/api/v1/schemas";
import { toInvitation, toUser } from "@/lib/api/v1/serialize";
import { inviteMember } from "@/lib/invitations/mutations";
import { listMembers } from "@/lib/members/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operationSpec("listUsers"), async ({ request, principal }) => {
  const page = await listMembers(principal.actor, readQuery(request, listUsersQuerySchema));
  return apiJson({ data: page.members.map(toUser), nextCursor: page.nextAfter });
});

export const POST = apiRoute(operationSpec("createUser"), async ({ request, principal, context }) => {
  const body = await readJsonBody(request, createUserBodySchema);
  return apiJson(toInvitation(await inviteMember(principal.actor, body, context)), { status: 201 });
});
