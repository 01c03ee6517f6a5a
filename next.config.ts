import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security-headers";

// Files under /_next (chunks, CSS, fonts, the image optimiser) skip proxy.ts, so their security
// headers are set here. A static CSP is enough: these responses are never documents.
const STATIC_HEADERS = Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3", "@resvg/resvg-js"],
  agentRules: false,
  poweredByHeader: false,
  async headers() {
    return [{ source: "/_next/:path*", headers: STATIC_HEADERS }];
  },
};

export default nextConfig;
