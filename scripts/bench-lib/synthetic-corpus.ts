// THE synthetic corpus of the benchmarks, deterministic (fixed-seed PRNG), built from the seed
// articles only. Two shapes of the same material:
// - syntheticArticles (bench:scale, bench:bounds): project names taken from what the real
//   extractor finds in the seeds, recombined (works verb × object) into sentences shaped like the
//   seeds' lists of projects («شهردار منطقه ۶ قم گفت: …، … و … از پروژه های این منطقه …»), with
//   districts «منطقه ۱»…«منطقه ۸», statuses, credits and budgets varying. ~10 projects per article.
// - shuffledSeedTexts (bench:extract): the seeds' own sentences shuffled into texts of 8–32
//   sentences, so the extractor's speed is measured on every kind of phrase the seeds hold.
import fs from "node:fs";
import path from "node:path";
import type { ArticleInput } from "../../db/ingest";
import { extractArticle } from "../../lib/extract";
import { mulberry32 as prng } from "../lib/prng";


// Works verbs as the seeds use them; each recombined name is «verb object».
const VERBS = ["احداث", "بهسازی", "تکمیل", "ساماندهی", "بازسازی", "تعریض", "نوسازی", "روکش آسفالت", "زیرسازی و آسفالت"];
// Head nouns of the seed projects' objects: an object starts at one of these.
const NOUNS = ["بازارچه", "بلوار", "بوستان", "سوله", "خیابان", "میدان", "رمپ", "پیاده‌راه", "پیادهراه", "سالن", "سالنهای", "کنارگذر", "معابر", "پل", "استخر"];
// An object ends before one of these (what follows says where, not what).
const STOPS = new Set(["منطقه", "در", "حدفاصل", "تا", "و", "از"]);
// Proper names that make each recombined work a work of its own («… شهید رضا احمدی»): project
// identity merges the same work named twice, and 10,000 articles must still hold ~100,000 projects.
const GIVEN = ["رضا", "علی", "حسن", "حسین", "محمد", "مهدی", "جواد", "کاظم", "باقر", "صادق", "هادی", "مجید", "سعید", "حمید", "وحید", "مسعود", "محمود", "احمد", "اکبر", "اصغر", "قاسم", "یوسف", "یحیی", "موسی", "عیسی", "داوود", "سلمان", "عباس", "جعفر", "کریم", "رحیم", "ناصر", "منصور", "مرتضی", "مصطفی", "مجتبی", "ابراهیم", "اسماعیل", "حبیب", "نادر"];
const FAMILY = ["احمدی", "رضایی", "کریمی", "حسینی", "موسوی", "هاشمی", "جعفری", "قاسمی", "صادقی", "رحیمی", "باقری", "کاظمی", "نوری", "زارعی", "اکبری", "یوسفی", "عباسی", "سلیمانی", "طاهری", "شریفی", "فاضلی", "مرادی", "نجفی", "قمی", "تهرانی", "اصفهانی", "شیرازی", "کاشانی", "یزدی", "رفیعی", "امینی", "فتحی", "حیدری", "بهرامی", "نظری", "سبحانی", "منتظری", "طباطبایی", "انصاری", "لطفی"];
const SECOND = ["", "زاده", "پور", "نیا", "فر", "راد", "مهر", "بخش", "دوست", "منش", "کیا", "فرد", "خواه", "نژاد", "پناه", "یار", "بان", "گر", "وند", "ساز", "زاد", "فام", "نیک", "پاک", "روشن", "آرا", "مند", "گل", "جو", "ور", "کار", "دار", "بین", "یاب", "شناس", "گو", "خو", "سان", "وش", "گان", "تاش", "بیگی", "لو", "وند", "ریزی", "آبادی", "جانی", "پوری", "زادگان", "لویی", "نیان", "فرهادی", "بخشی", "راده", "کیان", "رادی", "مهری", "نوش", "پرور", "آزاد", "خانی"];
const FA = new Intl.NumberFormat("fa-IR", { useGrouping: false });
const fa = (n: number) => FA.format(n);

/** The seed articles' texts, in file order. */
function seedTexts(articlesDir: string): string[] {
  return fs.readdirSync(articlesDir).filter((n) => n.endsWith(".txt")).sort().map((f) => fs.readFileSync(path.join(articlesDir, f), "utf8"));
}

/** `count` texts of the seeds' sentences in random order (a paragraph break after ~15% of them). */
export function shuffledSeedTexts(articlesDir: string, count: number, seed = 1404): string[] {
  const sentences = seedTexts(articlesDir).flatMap((t) => t.split(/(?<=[.؟!\n])/u)).map((s) => s.trim()).filter((s) => s.length > 0);
  const rand = prng(seed);
  const pick = () => sentences[Math.floor(rand() * sentences.length)] ?? "";
  return Array.from({ length: count }, () => {
    const n = 8 + Math.floor(rand() * 25);
    return Array.from({ length: n }, () => (rand() < 0.15 ? `${pick()}\n\n` : `${pick()} `)).join("");
  });
}

/** Objects of the seed projects («بوستان شاهد», «خیابان گلشن», «کنارگذر رسالت», …), from what the extractor finds. */
export function seedObjects(articlesDir: string): string[] {
  const objects = new Set<string>();
  for (const text of seedTexts(articlesDir)) {
    for (const p of extractArticle(text).projects) {
      const words = p.name.split(" ");
      const from = words.findIndex((w) => NOUNS.includes(w));
      if (from < 0) continue;
      const to = words.findIndex((w, i) => i > from && STOPS.has(w));
      const object = words.slice(from, to < 0 ? undefined : to).slice(0, 4);
      if (object.length >= 2) objects.add(object.join(" "));
    }
  }
  return [...objects];
}

export function syntheticArticles(count: number, objects: readonly string[], seed = 1404): ArticleInput[] {
  if (objects.length === 0) throw new Error("no seed project objects to recombine");
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const region = () => 1 + Math.floor(rand() * 8);
  let pool: string[] = [];
  let person = 0;
  const dedicatee = () => {
    const k = person++;
    const g = GIVEN[k % GIVEN.length]!;
    const f = FAMILY[Math.floor(k / GIVEN.length) % FAMILY.length]!;
    return `شهید ${g} ${f}${SECOND[Math.floor(k / (GIVEN.length * FAMILY.length)) % SECOND.length]}`;
  };
  const list = (n: number) => {
    // Distinct objects within an article: the extractor merges two mentions of the same work.
    const names = Array.from({ length: Math.min(n, pool.length) }, () => `${pick(VERBS)} ${pool.splice(Math.floor(rand() * pool.length), 1)[0]!.split(" ").slice(0, 2).join(" ")} ${dedicatee()}`);
    return names.length > 1 ? `${names.slice(0, -1).join("، ")} و ${names[names.length - 1]}` : (names[0] ?? "");
  };
  const amount = () => fa(10 + Math.floor(rand() * 990));
  // Mostly a region; sometimes a neighbourhood (which the district filter of its region covers).
  const where = () => (rand() < 0.2 ? pick(["نیروگاه", "جمکران", "پردیسان", "سید معصوم", "شهرک صنوف"]) : `منطقه ${fa(region())}`);
  const clauses = [
    () => `وی گفت: عملیات اجرایی ${list(2)} در ${where()} آغاز شد.`,
    () => `به گفته وی ${list(2)} در ${where()} به پایان رسید.`,
    () => `${list(2)} در ${where()} در دستور کار قرار دارد.`,
  ];
  return Array.from({ length: count }, (_, i) => {
    pool = [...objects];
    const r = region();
    const parts = [
      `گزارش عمرانی شماره ${fa(i + 1)} از منطقه ${fa(r)}`,
      `شهردار منطقه ${fa(r)} قم گفت: ${list(5)} از پروژه های این منطقه همزمان با هفته دولت است.`,
      `معاون عمرانی منطقه ${fa(region())} افزود: ${list(3)} با اعتبار ${amount()} میلیارد ریال در دست اجرا است.`,
      pick(clauses)(),
      `وی خاطرنشان کرد: بودجه عمرانی مصوب سال ${fa(1398 + Math.floor(rand() * 6))} شهرداری منطقه ${fa(region())}، ${amount()} میلیارد ریال است.`,
    ];
    if (rand() < 0.6) parts.splice(4, 0, pick(clauses)());
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 12);
    return {
      file: `synthetic_${String(i).padStart(5, "0")}.txt`,
      text: `${parts[0]}\n\n${parts.slice(1).join(" ")}\n`,
      meta: {
        title: parts[0] ?? null,
        outlet: pick(["خبرگزاری مهر", "تسنیم", "قم فوری", "شهرنیوز", null]),
        url: `https://example.org/news/${i + 1}`,
        published: rand() < 0.1 ? null : `${2019 + Math.floor(rand() * 7)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      },
    };
  });
}
