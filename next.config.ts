import type { NextConfig } from "next";

// Files under /_next (chunks, CSS, fonts, the image optimiser) skip proxy.ts, so their security
// headers are set here. A static CSP is enough: these responses are never documents.
const STATIC_HEADERS = [
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3", "@resvg/resvg-js"],
  agentRules: false,
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` over the whole project (app, lib, db, scripts, e2e) as its own
  // step; checking again inside `next build` only doubles the time.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: "/_next/:path*", headers: STATIC_HEADERS }];
  },
};

export default nextConfig;
