import { Badge } from "@/components/ui/badge";

export function CategoryStatusBadge({ isArchived }: { isArchived: boolean }) {
  return isArchived ? <Badge>Archived</Badge> : <Badge tone="green">Active</Badge>;
}
