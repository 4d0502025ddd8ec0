import { redirect } from "next/navigation";
import { ADMIN_SECTIONS } from "@/components/admin/admin-sections";

export default function AdminPage() {
  redirect(ADMIN_SECTIONS[0].href);
}
