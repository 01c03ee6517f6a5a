// Reads a rendered page the way a reader does: every Persian word of OUR text must run right to
// left and every number left to right. An unclosed LRO/RLO in a third-party string that is not
// isolated (<bdi>) turns the words and digits after it around («هراشا» for «اشاره», ۱۲ for ۲۱).
// Third-party text itself is skipped where it is isolated (bdi) or a block of its own (an
// article's sentences, a quote); so is what no one sees.
import type { Page } from "@playwright/test";

export async function reversedRuns(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const SKIP = "bdi, script, style, svg, select, option, textarea, blockquote, .sentence, [hidden], .sr-only";
    const WORD = /[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]{3,}/g;
    const NUMBER = /[\u06F0-\u06F90-9]{2,}/g;
    const bad: string[] = [];
    const range = document.createRange();
    const box = (node: Text, at: number) => {
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect();
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const node = n as Text;
      const el = node.parentElement;
      if (!el || el.closest(SKIP) || !el.getClientRects().length) continue;
      for (const [re, rtl] of [[WORD, true], [NUMBER, false]] as const) {
        for (const m of node.data.matchAll(re)) {
          const a = box(node, m.index);
          const b = box(node, m.index + m[0].length - 1);
          if (!a.width || !b.width || Math.abs(a.top - b.top) > 2) continue; // hidden, or wrapped across lines
          if (rtl ? a.left <= b.left : a.left >= b.left) bad.push(`«${m[0]}» in «${node.data.trim().slice(0, 60)}»`);
        }
      }
    }
    return bad;
  });
}
