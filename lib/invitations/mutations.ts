import "server-only";

// One verb per file; this module keeps the feature's single entry point for writes.
export { acceptInvitation } from "./accept";
export { inviteMember, resendInvitation } from "./invite";
