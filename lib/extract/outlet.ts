// The outlet named by the article's attribution («به گزارش خبرنگار مهر»,
// «به گزارش پایگاه خبری تحلیلی قم فوری», «در مجله خبری «کانون قم»»), in its short form.
import { normaliseString } from "./normalize";

// What stands between «به گزارش» and the outlet's own name.
const PREFIXES = [
  "خبرنگار", "خبرگزاری", "پایگاه خبری تحلیلی", "پایگاه خبری", "پایگاه اطلاع رسانی", "پایگاه", "سایت",
  "روزنامه", "هفته نامه", "مجله خبری", "مجله", "گروه استان ها", "گروه استانهای", "گروه", "شبکه خبر",
  "خبرگزاری جمهوری اسلامی", "باشگاه خبرنگاران جوان",
].map(normaliseString).sort((a, b) => b.length - a.length);

const SHORT_NAMES: ReadonlyMap<string, string> = new Map([
  ["ایرنا", "ایرنا"], ["جمهوری اسلامی", "ایرنا"], ["جوان", "باشگاه خبرنگاران جوان"], ["ایسنا", "ایسنا"],
  ["فارس", "فارس"], ["تسنیم", "تسنیم"], ["مهر", "مهر"], ["ایلنا", "ایلنا"], ["دانشجو", "دانشجو"],
]);

const ATTRIBUTION = /(?:به گزارش|در مجله خبری|در پایگاه خبری)\s+(«[^»\n]{2,40}»|[^،,:.\n]{2,60})/gu;
const CUT = /\s+(?:از|به نقل|در|و|امروز)(?=\s|$)/u;

function shortName(raw: string): string | null {
  const quoted = /^«([^»]+)»$/u.exec(raw.trim());
  if (quoted?.[1]) return SHORT_NAMES.get(quoted[1].trim()) ?? quoted[1].trim();
  let name = raw.replace(/[«»"]/g, " ").trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of PREFIXES) {
      if (name.startsWith(`${p} `) || name === p) {
        name = name.slice(p.length).trim();
        changed = true;
      }
    }
  }
  const cut = CUT.exec(name);
  if (cut) name = name.slice(0, cut.index);
  name = name.replace(/\s+/g, " ").trim();
  if (!name || name.split(" ").length > 4) return null;
  return SHORT_NAMES.get(name) ?? name;
}

export function findOutlet(canon: string): string | null {
  for (const m of canon.matchAll(ATTRIBUTION)) {
    const name = shortName(m[1] ?? "");
    if (name) return name;
  }
  return null;
}
