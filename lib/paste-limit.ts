// The size limit of /extract: text is measured in UTF-8 bytes (100 kB = 100,000 bytes, as a reader
// whose file manager shows it), checked before the extractor runs on it.

export const PASTE_LIMIT_BYTES = 100_000;

/** UTF-8 length of a JavaScript string, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3; // other BMP characters, and a lone surrogate (written as U+FFFD)
  }
  return bytes;
}

export type PasteCheck = { ok: true; bytes: number } | { ok: false; reason: "empty" } | { ok: false; reason: "too_large"; bytes: number };

/** Whether `text` may be extracted (counting is linear and cheap: 50 MB in well under a second). */
export function checkPaste(text: string, limit = PASTE_LIMIT_BYTES): PasteCheck {
  const bytes = utf8Length(text);
  if (bytes > limit) return { ok: false, reason: "too_large", bytes };
  if (text.replace(/[\s\uFEFF\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, "") === "") return { ok: false, reason: "empty" };
  return { ok: true, bytes };
}
