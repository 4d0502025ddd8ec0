import { redirectIntoSignedInWorkspace } from "@/lib/workspaces/legacy-redirect";

// A page URL from before workspaces: see redirectIntoSignedInWorkspace.
export const GET = redirectIntoSignedInWorkspace;
