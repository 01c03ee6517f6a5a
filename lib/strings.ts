// UI strings in one typed module; pages, components and tests import the same text.
import type { AmountKind, ProjectCategory, ProjectStatus, Qualifier } from "./extract/types";

export const SITE = {
  title: "داشبورد پروژه‌های شهری قم",
  short: "پروژه‌های شهری قم",
  tagline: "هزینه‌ها و پروژه‌های شهرداری و استان قم، از دل خبرها، با پیوند به جمله‌ی منبع",
  description:
    "داشبورد عمومی پروژه‌ها و هزینه‌های شهری قم: ارقام استخراج‌شده از اخبار فارسی، هر رقم با پیوند به جمله‌ای که از آن آمده است.",
} as const;

export const NAV = [
  { href: "/", label: "نمای کلی" },
  { href: "/projects", label: "پروژه‌ها" },
  { href: "/changes", label: "تازه‌ها" },
  { href: "/map", label: "نقشه" },
  { href: "/articles", label: "منابع" },
  { href: "/about", label: "درباره" },
] as const;

export const KIND_LABELS: Record<AmountKind, string> = {
  budget: "بودجه",
  credit: "اعتبار",
  investment: "سرمایه‌گذاری",
  cost: "هزینه",
  need: "نیاز اعتباری",
  revenue: "درآمد",
  loan: "وام و تسهیلات",
  other: "سایر",
};

export const STATUS_LABELS: Record<ProjectStatus, string> = {
  opening: "افتتاح و بهره‌برداری",
  groundbreaking: "کلنگ‌زنی و آغاز عملیات",
  in_progress: "در دست اجرا",
  completed: "تکمیل‌شده",
  planned: "برنامه‌ریزی‌شده",
};

export const CATEGORY_LABELS: Record<ProjectCategory, string> = {
  road: "راه و آسفالت",
  park: "بوستان و فضای سبز",
  sports: "ورزشی",
  market: "بازار و اصناف",
  housing: "مسکن",
  utilities: "تأسیسات و زیرساخت",
  transit: "حمل‌ونقل",
  culture: "فرهنگی و مذهبی",
  other: "سایر",
};

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  more_than: "بیش از",
  about: "حدود",
  less_than: "کمتر از",
  up_to: "تا",
};

export const UNIT_LABELS: Record<string, string> = {
  ton: "تن",
  m2: "متر مربع",
  m: "متر",
  km: "کیلومتر",
  ha: "هکتار",
  people: "نفر",
  projects: "پروژه",
  programs: "برنامه",
  shrines: "بقعه",
  units: "واحد",
  percent: "درصد",
};

export const ATTRIBUTION = {
  osm: "داده‌های مرزی: © مشارکت‌کنندگان OpenStreetMap (مجوز ODbL)",
  geonames: "نقاط برخی شهرها و محله‌ها: GeoNames (geonames.org)، مجوز CC BY 4.0",
  naturalEarth: "نقشه‌ی ایران: Made with Natural Earth",
} as const;

export const NOT_FOUND = {
  title: "صفحه پیدا نشد",
  body: "نشانی‌ای که باز کرده‌اید در این داشبورد وجود ندارد؛ شاید پیوند اشتباه است یا آن مورد حذف شده است.",
  home: "بازگشت به نمای کلی",
} as const;

/** How sources are named and linked (components/source-cite.tsx, /articles, article pages). */
export const SOURCE = {
  original: "اصل خبر",
  originalOn: (outlet: string | null) => (outlet ? `اصل خبر در ${outlet}` : "اصل خبر در تارنمای منبع"),
  newTab: "(در برگه‌ی تازه باز می‌شود)",
  unknownOutlet: "رسانه‌ی نامشخص",
  undated: "بدون تاریخ انتشار",
  noOriginal: "نشانی اصل خبر در دست نیست",
} as const;

/** A project's story (/projects/[id]), the changes (/changes) and the editor's corrections. */
export const STORY = {
  reportedIn: (n: string) => `گزارش‌شده در ${n} خبر`,
  mentions: (n: string) => `${n} بار نام برده شده`,
  lastReport: "آخرین گزارش",
  firstReport: "نخستین گزارش",
  onlyUndated: "فقط در خبرهای بی‌تاریخ",
  otherNames: "نام‌های دیگر در خبرها",
  figures: "ارقام گزارش‌شده برای این پروژه",
  figuresNote: "ارقام هر نوع جدا آمده‌اند و ارقام از نوع‌های متفاوت هرگز با هم جمع زده نمی‌شوند.",
  noFigures: "هیچ خبری رقمی را در همان جمله‌ی نام این پروژه گزارش نکرده است.",
  differ: (kind: string) => `گزارش‌ها برای «${kind}» این پروژه رقم‌های متفاوتی داده‌اند`,
  differSameArticle: "همه در یک خبر آمده‌اند؛ شاید هر رقم به بخشی از کار مربوط باشد. جمله‌ها را بخوانید.",
  differArticles: "رقم‌ها از خبرهای مختلف‌اند؛ هیچ‌کدام را بر دیگری ترجیح نداده‌ایم. جمله‌ها را بخوانید.",
  sameValue: "یک رقم با دو واحد نوشته شده و برابر است",
  asWritten: "در متن",
  timeline: "روایت خبرها",
  timelineNote: "خبرهای تاریخ‌دار به ترتیب تاریخ؛ خبرهای بی‌تاریخ پس از آن‌ها و به ترتیب افزوده‌شدن.",
  undated: "بی‌تاریخ",
  undatedHeading: "خبرهای بی‌تاریخ (جایشان در زمان معلوم نیست)",
  statusAt: "وضعیت در این خبر",
  statusChanged: "وضعیت تغییر کرد",
  before: "پیش از این",
  named: "نامی که خبر به کار برده",
  follow: "دنبال کردن تغییرات این پروژه",
  feed: "خوراک Atom",
  editor: "اصلاح‌شده توسط ویراستار",
  editorAction: { merge: "این پروژه از یکی کردن چند نام ساخته شده است", split: "این نام از پروژه‌ی دیگری جدا شده است", hide: "این پروژه پنهان شده است و در فهرست‌ها نمی‌آید", fix: "اصلاح یک رقم" },
  extractorSaid: "استخراج خودکار",
  projectsOfArticle: "پروژه‌های این خبر",
  correctionsOfArticle: "اصلاح‌های ویراستار در این خبر",
} as const;

export const CHANGES = {
  title: "تازه‌ها",
  intro: "آنچه تازه‌ترین خبرها به داستان پروژه‌ها افزوده‌اند: پروژه‌های تازه، تغییر وضعیت، و رقم‌های تازه یا ناهمخوان؛ هر مورد با پیوند به جمله‌ی منبع.",
  order: "به ترتیب تاریخ انتشار (تازه‌ترین بالا)، سپس خبرهای بی‌تاریخ به ترتیب افزوده‌شدن.",
  none: "با این فیلترها تغییری پیدا نشد.",
  type: {
    "new-project": "پروژه‌ی تازه",
    status: "تغییر وضعیت",
    "new-figure": "رقم تازه",
    "conflicting-figure": "رقم ناهمخوان",
  },
  conflictsWith: "پیش‌تر گزارش شده بود",
  firstStatus: "نخستین وضعیتی که گزارش شده",
  feedTitle: (scope: string | null) => (scope ? `تازه‌های پروژه‌های قم: ${scope}` : "تازه‌های پروژه‌های شهری قم"),
  following: "دنبال کردن",
} as const;
