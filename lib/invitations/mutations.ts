import "server-only";

// One verb per file; this module keeps the feature's single entry point for writes.
export { acceptInvitation, joinWorkspace } from "./accept";
export { inviteMember } from "./invite";
export { resendInvitation, revokeInvitation } from "./manage";
