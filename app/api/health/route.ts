import { NextResponse } from "next/server";
import { isDatabaseHealthy } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: 200 when this instance can serve, 503 when not. */
export async function GET() {
  const isHealthy = await isDatabaseHealthy();
  return NextResponse.json(
    { status: isHealthy ? "ok" : "unavailable", db: isHealthy ? "ok" : "unreachable" },
    { status: isHealthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
