"use client";
// The one interactive leaf of a chart page: copy link, native share sheet, embed code.
import { useState, useSyncExternalStore } from "react";
import { embedCode } from "@/lib/charts/embed";

interface Props {
  /** Site-relative href of this view, e.g. /charts/spending?unit=toman */
  href: string;
  /** Absolute URL from SITE_URL, used until the page knows its own origin. */
  fallbackUrl: string;
  title: string;
  /** The embed's drawing size: the iframe keeps this aspect ratio, so it always fits its content. */
  embedSize: { width: number; height: number };
}

const noSubscribe = () => () => {};

function withEmbed(url: string): string {
  return `${url}${url.includes("?") ? "&" : "?"}embed=1`;
}

export function ShareBar({ href, fallbackUrl, title, embedSize }: Props) {
  const [msg, setMsg] = useState("");
  // The origin the reader actually used (a mirror, a proxy) beats the configured one.
  const origin = useSyncExternalStore(noSubscribe, () => window.location.origin, () => null);
  const url = origin ? new URL(href, origin).href : fallbackUrl;
  const embedUrl = withEmbed(url);
  const embed = embedCode(embedUrl, title, embedSize);
  async function copy(text: string, done: string) {
    try {
      await navigator.clipboard.writeText(text);
      setMsg(done);
    } catch {
      setMsg("کپی ممکن نشد؛ نشانی را از نوار مرورگر بردارید.");
    }
  }
  async function share() {
    try {
      await navigator.share({ title, url });
    } catch {
      /* the reader closed the share sheet */
    }
  }
  const canShare = typeof navigator !== "undefined" && "share" in navigator;
  return (
    <div className="space-y-2" data-testid="share-bar">
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => copy(url, "پیوند کپی شد.")} className="rounded bg-accent px-3 py-1.5 text-sm font-semibold text-white">
          کپی پیوند
        </button>
        {canShare ? (
          <button type="button" onClick={share} className="rounded border border-accent px-3 py-1.5 text-sm text-accent">
            اشتراک‌گذاری
          </button>
        ) : null}
        <button type="button" onClick={() => copy(embed, "کد جاسازی کپی شد.")} className="rounded border border-rule bg-white px-3 py-1.5 text-sm">
          کپی کد جاسازی
        </button>
      </div>
      <p role="status" aria-live="polite" className="min-h-6 text-sm text-accent">{msg}</p>
      <details className="text-sm">
        <summary className="cursor-pointer text-muted">پیوند و کد جاسازی</summary>
        <label className="mt-2 block">
          <span className="text-muted">پیوند این نما</span>
          <input readOnly value={url} dir="ltr" className="mt-1 w-full rounded border border-rule bg-white px-2 py-1 font-mono text-xs" />
        </label>
        <label className="mt-2 block">
          <span className="text-muted">کد جاسازی</span>
          <textarea readOnly value={embed} dir="ltr" rows={3} className="mt-1 w-full rounded border border-rule bg-white px-2 py-1 font-mono text-xs" />
        </label>
      </details>
    </div>
  );
}
