// Absolute URLs for link previews, canonical links, citations and exports: SITE_URL (lib/env.ts),
// or http://localhost:PORT where it is not set.
import { env } from "./env";

export function siteUrl(): string {
  return env().SITE_URL;
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}
