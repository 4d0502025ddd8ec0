import "server-only";

// One verb per file; this module keeps the feature's single entry point for writes.
export { changeMemberRole } from "./change-role";
export { forcePasswordReset } from "./force-password-reset";
export { leaveWorkspace } from "./leave";
export { removeMember } from "./remove-member";
export { setMemberDisabled } from "./set-disabled";
