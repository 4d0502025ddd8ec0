import { NextResponse } from "next/server";
import { isDatabaseReachable } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

/**
 * Readiness, for load balancers: 200 when this instance can reach its database, 503 when not.
 * Busy is still ready: the probe has its own connection and does not wait behind the app's.
 */
export async function GET() {
  const isReady = await isDatabaseReachable();
  return NextResponse.json(
    { status: isReady ? "ok" : "unavailable", db: isReady ? "ok" : "unreachable" },
    { status: isReady ? 200 : 503, headers: { "Cache-Control": "no-store", ...(!isReady && { "Retry-After": "5" }) } },
  );
}
