// The environment, parsed in ONE place with zod (as t3's env.js does): every setting the app and
// the scripts read, its default and its check. Everything else imports `env()` instead of reading
// process.env. The parse is cached; it runs again only when a variable it reads has changed
// (tests and benchmarks point DB_FILE at temporary databases at run time).
import { z } from "zod";

const httpUrl = z
  .string()
  .trim()
  .url("SITE_URL must be an absolute URL such as https://qom.example")
  .refine((u) => /^https?:\/\//i.test(u), "SITE_URL must start with http:// or https://")
  .transform((u) => u.replace(/\/+$/, ""));

const port = z.coerce.number().int().min(1).max(65_535);

const EnvSchema = z.object({
  /** Public origin of the site, for link previews, canonical URLs, citations and exports. */
  SITE_URL: httpUrl.optional(),
  PORT: port.default(3000),
  HOST: z.string().min(1).optional(),
  DB_FILE: z.string().min(1).default("data/qom.db"),
  ARTICLES_DIR: z.string().min(1).default("data/articles"),
  /** Third-party dev corpus, read at seed time when present, never committed. */
  CORPUS_DIR: z.string().min(1).default("../shared/dev-corpus/articles"),
  GEO_DIR: z.string().min(1).default("../shared/geo"),
  /** The editor's corrections (docs/corrections.md), applied by every seed and ingest. */
  CORRECTIONS_FILE: z.string().min(1).default("data/corrections.yaml"),
  /**
   * The most project names one search may match (docs/bounds.md): a search's list, total and
   * facets read every work it matches, so a word found in nearly every name («شهید», one letter)
   * would read the whole corpus per request; past this it is refused with a message.
   */
  SEARCH_MATCH_CAP: z.coerce.number().int().min(1).default(10_000),
});

type Parsed = z.infer<typeof EnvSchema>;

export interface Env extends Omit<Parsed, "SITE_URL"> {
  /** SITE_URL, or http://localhost:PORT when it is not set. Never ends in "/". */
  SITE_URL: string;
  /** Whether SITE_URL was set (absolute links name localhost otherwise). */
  SITE_URL_SET: boolean;
}

const KEYS = Object.keys(EnvSchema.shape) as (keyof Parsed)[];

export class EnvError extends Error {}

/** Pure: the settings from a raw environment (empty strings count as unset). */
export function parseEnv(raw: Record<string, string | undefined>): Env {
  const picked = Object.fromEntries(KEYS.map((k) => [k, raw[k]?.trim() ? raw[k] : undefined]));
  const parsed = EnvSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`invalid environment: ${lines.join("; ")}`);
  }
  const e = parsed.data;
  return { ...e, SITE_URL: e.SITE_URL ?? `http://localhost:${e.PORT}`, SITE_URL_SET: e.SITE_URL !== undefined };
}

let cache: { key: string; env: Env } | null = null;

export function env(): Env {
  const key = JSON.stringify(KEYS.map((k) => process.env[k] ?? null));
  if (cache?.key !== key) cache = { key, env: parseEnv(process.env) };
  return cache.env;
}

/** The one startup line `npm start` prints when SITE_URL is not set; null when it is. */
export function siteUrlNotice(e: Env): string | null {
  if (e.SITE_URL_SET) return null;
  return `SITE_URL is not set: link previews, canonical URLs, citations and CSV/JSON source links will say ${e.SITE_URL}; set it to the public address, e.g. SITE_URL=https://qom.example npm start`;
}
