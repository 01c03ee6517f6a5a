// Everything a fact needs to find its places, built once per article from canonical text.
import { findAreaHints, findMentions, type Mention } from "./places";
import { splitWords, type Word } from "./lexicon";
import { actorLevel, articleScope, findSourcePhrases, groupMentions, type ScopeContext } from "./scope";
import { splitPieces } from "./segments";

export function buildContext(text: string, words: readonly Word[] = splitWords(text, 0, text.length), mentions: readonly Mention[] = findMentions(text, words)): ScopeContext {
  return {
    groups: groupMentions(text, mentions), pieces: splitPieces(text), scope: articleScope(text, mentions),
    level: actorLevel(text, mentions), hints: findAreaHints(text, words), text, sources: findSourcePhrases(text), words,
  };
}
