// Everything a fact needs to find its places, built once per article from canonical text.
import { findAreaHints, findMentions, type Mention } from "./places";
import { splitWords, type Word } from "./lexicon";
import { actorLevel, articleScope, findExcludedSpans, groupMentions, type ScopeContext } from "./scope";
import { splitPieces } from "./segments";

export function buildContext(text: string, words: readonly Word[] = splitWords(text, 0, text.length), mentions: readonly Mention[] = findMentions(text, words)): ScopeContext {
  const sources = findExcludedSpans(text, words);
  const placing = mentions.filter((m) => !sources.some((x) => m.start >= x.start && m.end <= x.end));
  return {
    groups: groupMentions(text, placing), pieces: splitPieces(text), scope: articleScope(text, placing),
    level: actorLevel(text, mentions), hints: findAreaHints(text, words), text, sources, words,
  };
}
