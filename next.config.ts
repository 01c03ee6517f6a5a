import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3", "@resvg/resvg-js"],
  agentRules: false,
  poweredByHeader: false,
};

export default nextConfig;
