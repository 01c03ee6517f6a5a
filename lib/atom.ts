// Atom 1.0 (RFC 4287) as text: a feed is a pure function of its entries. Third-party text is
// escaped, and characters XML 1.0 forbids are dropped, so any article text makes a valid feed.

export interface AtomEntry {
  /** A permanent IRI: the same change keeps the same id across re-seeds. */
  id: string;
  title: string;
  /** Absolute link to the sentence. */
  link: string;
  /** RFC 3339 date-time. */
  updated: string;
  summary: string;
  categories?: readonly string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself and of the page it follows. */
  self: string;
  alternate: string;
  author: string;
  /** Used when there are no entries. */
  updated: string;
  entries: readonly AtomEntry[];
}

const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** ISO date (YYYY-MM-DD) as the start of that day in Tehran (+03:30), RFC 3339. */
export function atomDate(isoDate: string): string {
  return `${isoDate}T00:00:00+03:30`;
}

export function atomFeed(f: AtomFeed): string {
  const updated = f.entries.reduce((max, e) => (Date.parse(e.updated) > Date.parse(max) ? e.updated : max), f.entries[0]?.updated ?? f.updated);
  const entry = (e: AtomEntry) => [
    "  <entry>",
    `    <id>${escapeXml(e.id)}</id>`,
    `    <title type="text">${escapeXml(e.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
    `    <updated>${escapeXml(e.updated)}</updated>`,
    ...(e.categories ?? []).map((c) => `    <category term="${escapeXml(c)}"/>`),
    `    <summary type="text">${escapeXml(e.summary)}</summary>`,
    "  </entry>",
  ].join("\n");
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fa">`,
    `  <id>${escapeXml(f.id)}</id>`,
    `  <title type="text">${escapeXml(f.title)}</title>`,
    ...(f.subtitle ? [`  <subtitle type="text">${escapeXml(f.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(f.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(f.alternate)}"/>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <author><name>${escapeXml(f.author)}</name></author>`,
    ...f.entries.map(entry),
    `</feed>`,
    "",
  ].join("\n");
}
