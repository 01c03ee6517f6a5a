import { formatJalali } from "@/lib/format";
import { STORY } from "@/lib/strings";

/** «اصلاح‌شده توسط ویراستار» with the editor's reason and date, next to what was corrected. */
export function EditorNote({ reason, date, children }: { reason: string; date: string; children?: React.ReactNode }) {
  return (
    <span className="mt-1 block text-sm" data-testid="editor-note">
      <span className="me-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-900 ring-1 ring-amber-300">{STORY.editor}</span>
      {children ? <span className="me-1">{children}</span> : null}
      <span className="text-muted">{reason} ({formatJalali(date) ?? date})</span>
    </span>
  );
}
