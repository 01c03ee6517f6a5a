"use client";
// Saves the result from memory (a Blob URL): nothing is sent anywhere, CSP-safe (no inline code).
import type { ExtractDownload } from "@/lib/extract-view";
import { EXTRACT } from "@/lib/strings";

export function JsonDownload({ doc }: { doc: ExtractDownload }) {
  function save() {
    const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    const base = (doc.articles[0]?.file ?? "").replace(/\.[^.]*$/, "").replace(/[^\w-]+/g, "_");
    a.download = `extract-${/[a-z0-9]/i.test(base) ? base : "text"}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <button type="button" onClick={save} className="rounded border border-accent px-3 py-1 font-semibold text-accent hover:bg-accent-soft">
        {EXTRACT.download}
      </button>
      <span className="text-muted">{EXTRACT.downloadNote}</span>
    </p>
  );
}
