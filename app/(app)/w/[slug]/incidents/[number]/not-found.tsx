import { buttonClasses } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";

export default function IncidentNotFound() {
  return (
    <StatusPage code="404" title="We couldn't find that incident">
      <p>It may not exist, or you may not have access to it.</p>
      <WorkspaceLink href="/tickets" className={buttonClasses("primary")}>
        Back to tickets
      </WorkspaceLink>
    </StatusPage>
  );
}
