import { sentenceAround } from "@/lib/article-view";

/** The sentence around a fact, with the fact itself marked. */
export function QuoteInContext({ text, start, end }: { text: string; start: number; end: number }) {
  const [s, e] = sentenceAround(text, start);
  const to = Math.max(e, end);
  return (
    <blockquote className="border-s-4 border-accent bg-white p-3 leading-[2.1]">
      {text.slice(s, start)}
      <mark className="rounded bg-mark px-0.5">{text.slice(start, end)}</mark>
      {text.slice(end, to)}
    </blockquote>
  );
}
