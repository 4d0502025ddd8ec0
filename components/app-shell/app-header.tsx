import Link from "next/link";
import type { Role } from "@/lib/generated/prisma/enums";
import type { InstanceMenuEntry } from "@/lib/instance/menu";
import { workspacePath } from "@/lib/workspaces/paths";
import { type SwitcherWorkspace, WorkspaceSwitcher } from "@/components/workspaces/workspace-switcher";
import { Logo } from "./logo";
import { NavLinks } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

type HeaderProps = {
  user: { name: string; email: string; role: Role };
  workspaceSlug: string;
  /** Every workspace the user belongs to; the switcher shows when there are two or more. */
  workspaces: SwitcherWorkspace[];
  /** Create workspace, instance settings: whichever the user may open. */
  instanceEntries: InstanceMenuEntry[];
};

export function AppHeader({ user, workspaceSlug, workspaces, instanceEntries }: HeaderProps) {
  return (
    <header className="sticky top-0 z-40 border-b border-border bg-surface/90 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:gap-6 sm:px-6">
        <div className="flex min-w-0 items-center gap-1">
          <Link href={workspacePath(workspaceSlug, "/tickets")} aria-label="Triage home" className="shrink-0 rounded-md">
            <Logo isCompact />
          </Link>
          <WorkspaceSwitcher workspaces={workspaces} currentSlug={workspaceSlug} />
        </div>
        <NavLinks role={user.role} workspaceSlug={workspaceSlug} />
        <div className="ml-auto flex items-center gap-1">
          <ThemeToggle />
          <UserMenu user={user} instanceEntries={instanceEntries} />
        </div>
      </div>
    </header>
  );
}
