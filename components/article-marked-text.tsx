"use client";
// The article page's text with its facts marked, cut into sentences and pieces in the browser: React
// then sends the text and the spans once (≈ 1.6× the text), instead of the element tree of every
// piece (≈ 4× the text at the fact caps; docs/bounds.md). The server renders the same markup.
import { useMemo } from "react";
import { segmentArticle, type FactSpan } from "@/lib/article-view";
import { ArticleText } from "./article-text";

export function ArticleMarkedText({ text, spans }: { text: string; spans: FactSpan[] }) {
  const paragraphs = useMemo(() => segmentArticle(text, spans), [text, spans]);
  return <ArticleText paragraphs={paragraphs} />;
}
