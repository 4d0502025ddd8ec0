import { StatusPage } from "@/components/ui/status-page";

export default function StatusPageNotFound() {
  return (
    <StatusPage code="404" title="There is no status page here">
      <p>Check the address: this workspace has no public status page, or it was turned off.</p>
    </StatusPage>
  );
}
