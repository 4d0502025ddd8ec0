// The original health URL, kept for monitors that use it: readiness.
export { GET } from "./ready/route";

export const dynamic = "force-dynamic";
