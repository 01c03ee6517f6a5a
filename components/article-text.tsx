import type { FactType, Paragraph } from "@/lib/article-view";

const MARK_CLASS: Record<FactType, string> = {
  amount: "bg-amber-100 ring-1 ring-amber-300",
  project: "bg-sky-50 ring-1 ring-sky-200",
  quantity: "bg-violet-50 ring-1 ring-violet-200",
  place: "bg-emerald-50 ring-1 ring-emerald-300 font-semibold",
};

// Priority when facts overlap: the figure is what readers came for.
const ORDER: FactType[] = ["amount", "quantity", "place", "project"];

export function ArticleText({ paragraphs }: { paragraphs: Paragraph[] }) {
  return (
    <div className="space-y-4 text-[1.05rem] leading-[2.1]">
      {paragraphs.map((p, i) => (
        <p key={i}>
          {p.sentences.map((s) => (
            <span key={s.start} id={`s-${s.start}`} className="sentence rounded [&:has(:target)]:bg-mark">
              {s.pieces.map((piece) => {
                const type = ORDER.find((t) => piece.types.includes(t));
                const ids = piece.anchors;
                const inner = type ? (
                  <mark className={`fact rounded px-0.5 text-inherit ${MARK_CLASS[type]}`} data-fact={piece.types.join(" ")} title={piece.title}>
                    {piece.text}
                  </mark>
                ) : (
                  piece.text
                );
                return (
                  <span key={piece.start}>
                    {ids.map((id) => (
                      <span key={id} id={id} className="fact-anchor" />
                    ))}
                    {inner}
                  </span>
                );
              })}{" "}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
