import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalise, normaliseString, toOriginal } from "./normalize";

describe("normalise", () => {
  it.each([
    ["پروژه‌های", "پروژههای"], ["می‌شود", "میشود"], ["قمي", "قمی"], ["كهك", "کهک"], ["۱۲۳", "123"], ["١٢٣", "123"],
    ["بِسمِ", "بسم"], ["a\u00A0\u00A0b", "a b"], ["تأمین", "تامین"], ["رئیس", "رییس"], ["۲٫۵", "2.5"], ["۲٬۱۰۰", "2,100"],
    ["خانهٔ", "خانه"], ["  x  \n y", "x\ny"], ["a\r\nb", "a\nb"], ["\u200Fمتن\u200E", "متن"], ["میلیارد\u061C ریال", "میلیارد ریال"],
  ])("%s → %s", (input, canon) => expect(normaliseString(input)).toBe(canon));

  it("maps every canonical span back to the original text", () => {
    const original = "  بودجهٔ  ۱۴۰۳ شهرداري قم‌ به مبلغ ۳۰ هزار میلیارد تومان";
    const nt = normalise(original);
    const i = nt.text.indexOf("30 هزار");
    const span = toOriginal(nt, i, i + "30 هزار میلیارد تومان".length);
    expect(span.quote).toBe("۳۰ هزار میلیارد تومان");
    expect(original.slice(span.start, span.end)).toBe(span.quote);
    const j = nt.text.indexOf("شهرداری قم");
    expect(toOriginal(nt, j, j + "شهرداری قم".length).quote).toBe("شهرداري قم");
  });

  it("trims spaces from mapped spans", () => {
    const nt = normalise("الف  ب");
    expect(toOriginal(nt, 3, 5).quote).toBe("ب");
  });

  it("normaliseString (the offset-free loop) equals normalise(s).text.trim() on every line of the seed articles", () => {
    const dir = path.join(process.cwd(), "data/articles");
    const lines = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).flatMap((f) => fs.readFileSync(path.join(dir, f), "utf8").split("\n"));
    const odd = ["\u200Fمتن \n \u00A0 x\r\n", " \n\n ", "\uFEFF", "a \u200C b", "", "a  b", " a", "a \nb", "a\n b", "a\n\nb", "a ", "\n", "كهك", "۱۲"];
    expect(lines.length).toBeGreaterThan(20);
    for (const s of [...lines, ...odd, lines.join("\n")]) expect(normaliseString(s)).toBe(normalise(s).text.trim());
  });
});
