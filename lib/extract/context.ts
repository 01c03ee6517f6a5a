// Everything a fact needs to find its places, built once per article from canonical text.
import { findAreaHints, findMentions, type Mention } from "./places";
import { actorLevel, articleScope, findSourcePhrases, groupMentions, type ScopeContext } from "./scope";
import { splitPieces } from "./segments";

export function buildContext(text: string, mentions: readonly Mention[] = findMentions(text)): ScopeContext {
  return {
    groups: groupMentions(text, mentions), pieces: splitPieces(text), scope: articleScope(text, mentions),
    level: actorLevel(text, mentions), hints: findAreaHints(text), text, sources: findSourcePhrases(text),
  };
}
