import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

export default function NotFound() {
  return (
    <StatusPage code="404" title="We couldn't find that page">
      <p>It may have moved, or you may not have access to it.</p>
      <Link href="/" className={buttonClasses("primary")}>
        Go to tickets
      </Link>
    </StatusPage>
  );
}
