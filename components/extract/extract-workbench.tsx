"use client";
// /extract: the reader's text never leaves the browser. The extractor (with the gazetteer and the
// Persian labels) is a separate chunk, fetched on first use (focus, paste, file) and run here.
import { useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { ArticleText } from "@/components/article-text";
import { FactLegend } from "@/components/fact-legend";
import { ArticleDecodeError, decodeArticle } from "@/lib/extract/decode";
import type { ExtractView } from "@/lib/extract-view";
import { formatNumber } from "@/lib/format";
import { checkPaste, PASTE_LIMIT_BYTES } from "@/lib/paste-limit";
import { EXTRACT } from "@/lib/strings";
import { FactTables } from "./fact-tables";
import { JsonDownload } from "./json-download";

type State = { s: "idle" } | { s: "busy" } | { s: "error"; message: string } | { s: "done"; view: ExtractView };

const loadView = () => import("@/lib/extract-view");
const kb = (bytes: number) => formatNumber(Math.ceil(bytes / 1000));

export function ExtractWorkbench() {
  const [draft, setDraft] = useState("");
  // A file's text exactly as read (CRLF kept): a textarea would turn its line ends into LF.
  const file = useRef<{ name: string; text: string } | null>(null);
  const [state, setState] = useState<State>({ s: "idle" });

  async function run(text: string, name?: string) {
    const check = checkPaste(text);
    if (!check.ok) {
      setState({ s: "error", message: check.reason === "empty" ? EXTRACT.empty : EXTRACT.tooLarge(kb(check.bytes), kb(PASTE_LIMIT_BYTES)) });
      return;
    }
    setState({ s: "busy" });
    try {
      const mod = await loadView();
      await new Promise((r) => setTimeout(r, 0)); // let "busy" paint before a long extraction
      setState({ s: "done", view: mod.buildExtractView(text, name) });
    } catch {
      setState({ s: "error", message: EXTRACT.failed });
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const f = file.current;
    void (f && f.text.replace(/\r\n?/g, "\n") === draft ? run(f.text, f.name) : run(draft));
  }

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const picked = e.target.files?.[0];
    e.target.value = "";
    if (!picked) return;
    file.current = null;
    if (picked.size > PASTE_LIMIT_BYTES) {
      setState({ s: "error", message: EXTRACT.tooLarge(kb(picked.size), kb(PASTE_LIMIT_BYTES)) });
      return;
    }
    try {
      const text = decodeArticle(new Uint8Array(await picked.arrayBuffer()), picked.name);
      file.current = { name: picked.name, text };
      setDraft(text.replace(/\r\n?/g, "\n"));
      await run(text, picked.name);
    } catch (err) {
      const reason = err instanceof ArticleDecodeError ? EXTRACT.fileReasons[err.reason] : EXTRACT.fileReasons["not UTF-8"];
      setState({ s: "error", message: EXTRACT.notText(picked.name, reason) });
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-3" aria-describedby="extract-privacy">
        <label htmlFor="extract-text" className="block font-bold">{EXTRACT.label}</label>
        <textarea
          id="extract-text" name="text" dir="rtl" rows={8} value={draft} placeholder={EXTRACT.placeholder}
          onFocus={() => void loadView()}
          onChange={(e) => setDraft(e.target.value)}
          onPaste={(e) => {
            const el = e.currentTarget;
            file.current = null;
            setTimeout(() => void run(el.value)); // after the browser has inserted the paste
          }}
          className="block w-full rounded border border-rule bg-white p-3 leading-8 focus:border-accent"
        />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={state.s === "busy"} className="rounded bg-accent px-4 py-2 font-bold text-white disabled:opacity-60">
            {state.s === "busy" ? EXTRACT.busy : EXTRACT.run}
          </button>
          <label className="cursor-pointer rounded border border-rule bg-white px-3 py-2 text-sm hover:bg-accent-soft">
            {EXTRACT.file}
            <input type="file" accept=".txt,text/plain" onChange={(e) => void onFile(e)} onFocus={() => void loadView()} className="sr-only" data-testid="extract-file" />
          </label>
          {draft && (
            <button type="button" onClick={() => { setDraft(""); file.current = null; setState({ s: "idle" }); }} className="text-sm text-muted underline">
              {EXTRACT.clear}
            </button>
          )}
        </div>
        <p id="extract-privacy" className="text-sm text-muted">{EXTRACT.privacy}</p>
      </form>
      <div aria-live="polite">
        {state.s === "error" && <p role="alert" data-testid="extract-message" className="rounded border border-amber-300 bg-amber-50 p-3 font-semibold">{state.message}</p>}
        {state.s === "done" && <Result view={state.view} />}
      </div>
    </div>
  );
}

function Result({ view }: { view: ExtractView }) {
  const counts = { amount: view.amounts.length, project: view.projects.length, quantity: view.quantities.length, place: view.places.length };
  const none = Object.values(counts).every((n) => n === 0);
  return (
    <section aria-labelledby="extract-result" data-testid="extract-result" className="space-y-4">
      <h2 id="extract-result" className="sr-only">{EXTRACT.factsHeading}</h2>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <FactLegend counts={counts} />
        <JsonDownload doc={view.download} />
      </div>
      {none && <p className="font-semibold">{EXTRACT.nothing}</p>}
      <div className="grid gap-8 lg:grid-cols-2">
        <div className="min-w-0">
          <h3 className="mb-2 text-lg font-bold">{EXTRACT.textHeading}</h3>
          <ArticleText paragraphs={view.paragraphs} />
        </div>
        <div className="min-w-0 lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:self-start lg:overflow-y-auto">
          <h3 className="mb-2 text-lg font-bold">{EXTRACT.factsHeading}</h3>
          <FactTables view={view} />
        </div>
      </div>
    </section>
  );
}
