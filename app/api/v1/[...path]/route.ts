import { notFoundResponse } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

// Any other path or method under /api/v1 answers in the API's error shape, not with an HTML page.
export const GET = notFoundResponse;
export const POST = notFoundResponse;
export const PATCH = notFoundResponse;
export const PUT = notFoundResponse;
export const DELETE = notFoundResponse;
