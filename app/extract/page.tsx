import type { Metadata } from "next";
import { ExtractWorkbench } from "@/components/extract/extract-workbench";
import { EXTRACT } from "@/lib/strings";

export const metadata: Metadata = { title: EXTRACT.title, description: EXTRACT.intro, alternates: { canonical: "/extract" } };

export default function ExtractPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-extrabold">{EXTRACT.title}</h1>
      <p className="max-w-3xl leading-[2.1]">{EXTRACT.intro}</p>
      <noscript><p className="rounded border border-amber-300 bg-amber-50 p-3">{EXTRACT.noscript}</p></noscript>
      <ExtractWorkbench />
    </div>
  );
}
