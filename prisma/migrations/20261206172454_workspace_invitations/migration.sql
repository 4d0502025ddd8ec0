-- Invitations become rows of their own: an admin invites an email to a workspace with a role, and
-- the account and the membership are made only when the link is followed (README, People).
CREATE TABLE "invitations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workspace_id" UUID NOT NULL,
    "email" CITEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "invited_by_id" UUID,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations"("token_hash");
-- One pending invitation per workspace and email (inviting again replaces it), and the people page
-- lists the pending ones of a workspace through it.
CREATE UNIQUE INDEX "invitations_pending_email_key" ON "invitations"("workspace_id", "email")
  WHERE "accepted_at" IS NULL AND "revoked_at" IS NULL;
-- Deleting a user sets invited_by_id to null through this.
CREATE INDEX "invitations_invited_by_id_idx" ON "invitations"("invited_by_id") WHERE "invited_by_id" IS NOT NULL;

ALTER TABLE "invitations" ADD CONSTRAINT "invitations_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The invitations sent before were an account without a password, its membership and an
-- INVITATION token. Each one not accepted yet moves here with the same token hash, so the link
-- already emailed keeps working until it expires, and the admin can resend an expired one. Its
-- membership goes (the person never had access), its account stays: tickets and audit entries may
-- name it, and accepting gives an account without a password its name and password. The
-- owner passes the policies only with FORCE off, for these statements.
ALTER TABLE "memberships" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "audit_logs" NO FORCE ROW LEVEL SECURITY;

INSERT INTO "invitations" ("workspace_id", "email", "name", "role", "token_hash", "invited_by_id", "expires_at", "created_at")
SELECT m."workspace_id", u."email", u."name", m."role", t."token_hash",
       (SELECT a."actor_id" FROM "audit_logs" a
         WHERE a."action" = 'user.invited' AND a."target_type" = 'user' AND a."target_id" = u."id"::text
         ORDER BY a."created_at" DESC LIMIT 1),
       t."expires_at", t."created_at"
  FROM "auth_tokens" t
  JOIN "users" u ON u."id" = t."user_id"
  JOIN "memberships" m ON m."user_id" = u."id"
 WHERE t."purpose" = 'INVITATION' AND t."used_at" IS NULL
   AND u."password_hash" IS NULL AND u."email_verified_at" IS NULL AND NOT u."is_service_account";

DELETE FROM "memberships" m
 USING "invitations" i, "users" u
 WHERE u."email" = i."email" AND m."user_id" = u."id" AND m."workspace_id" = i."workspace_id";

ALTER TABLE "memberships" FORCE ROW LEVEL SECURITY;
ALTER TABLE "audit_logs" FORCE ROW LEVEL SECURITY;

-- Tokens are no longer what an invitation is: the unspent ones moved above, the spent ones are done.
DELETE FROM "auth_tokens" WHERE "purpose" = 'INVITATION';

BEGIN;
CREATE TYPE "AuthTokenPurpose_new" AS ENUM ('EMAIL_VERIFICATION', 'PASSWORD_RESET');
ALTER TABLE "auth_tokens" ALTER COLUMN "purpose" TYPE "AuthTokenPurpose_new" USING ("purpose"::text::"AuthTokenPurpose_new");
ALTER TYPE "AuthTokenPurpose" RENAME TO "AuthTokenPurpose_old";
ALTER TYPE "AuthTokenPurpose_new" RENAME TO "AuthTokenPurpose";
DROP TYPE "public"."AuthTokenPurpose_old";
COMMIT;

-- An invitation is its workspace data, and is also found by the hash of the token its link
-- carries, before anyone knows the workspace (the accept page), as API keys are.
ALTER TABLE "invitations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "invitations" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "invitations"
  USING (workspace_id = app_workspace_id() OR token_hash = current_setting('app.invitation_hash', true))
  WITH CHECK (workspace_id = app_workspace_id());
