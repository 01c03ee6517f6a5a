import type { Paragraph } from "@/lib/article-view";

// Marks are styled in globals.css by their data-fact types (the figure wins where facts overlap),
// not by class lists: an article at the fact caps has 1,500 marks, and every byte of a mark is
// sent twice (the HTML and React's payload), so the page stays under its cap (docs/bounds.md).
export function ArticleText({ paragraphs }: { paragraphs: Paragraph[] }) {
  return (
    <div className="space-y-4 text-[1.05rem] leading-[2.1]">
      {paragraphs.map((p, i) => (
        <p key={i}>
          {p.sentences.map((s) => (
            <span key={s.start} id={`s-${s.start}`} className="sentence">
              {s.pieces.map((piece) => {
                if (!piece.types.length && !piece.anchors.length) return piece.text;
                const inner = piece.types.length ? (
                  <mark key={piece.start} className="fact" data-fact={piece.types.join(" ")} title={piece.title}>
                    {piece.text}
                  </mark>
                ) : (
                  piece.text
                );
                // An anchor and its mark share a wrapper, so `.fact-anchor:target ~ mark` finds only that mark.
                if (!piece.anchors.length) return inner;
                return (
                  <span key={piece.start}>
                    {piece.anchors.map((id) => (
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
