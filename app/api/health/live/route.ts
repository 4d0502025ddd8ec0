import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/**
 * Liveness, for supervisors that restart a stuck process: 200 whenever this process answers,
 * whatever the database does (restarting the app would not bring the database back).
 */
export function GET() {
  return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
