import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

export default function TicketNotFound() {
  return (
    <StatusPage code="404" title="We couldn't find that ticket">
      <p>It may not exist, or you may not have access to it.</p>
      <Link href="/tickets" className={buttonClasses("primary")}>
        Back to tickets
      </Link>
    </StatusPage>
  );
}
