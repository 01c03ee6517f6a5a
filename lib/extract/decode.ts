// Article files must be real UTF-8 text; anything else is rejected with the file's name and why,
// so the CLI and the ingest script report bad inputs instead of extracting garbage.

// ignoreBOM keeps a BOM in the string, so offsets match the file read as plain utf8 elsewhere.
const DECODER = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export class ArticleDecodeError extends Error {
  constructor(
    readonly file: string,
    readonly reason: "empty" | "binary" | "not UTF-8",
  ) {
    super(`${file}: ${reason}`);
    this.name = "ArticleDecodeError";
  }
}

/** The text of an article file; throws ArticleDecodeError (empty, binary, not UTF-8). */
export function decodeArticle(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new ArticleDecodeError(name, "empty");
  if (bytes.includes(0)) throw new ArticleDecodeError(name, "binary");
  let text: string;
  try {
    text = DECODER.decode(bytes);
  } catch {
    throw new ArticleDecodeError(name, "not UTF-8");
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new ArticleDecodeError(name, "empty");
  return text;
}
