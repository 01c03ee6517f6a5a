// UI strings in one typed module; pages, components and tests import the same text.
import type { AmountKind, ProjectCategory, ProjectStatus, Qualifier } from "./extract/types";
import type { ProjectSort } from "./url-state";

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

/** A work's status as shown, «وضعیت نامشخص» when no report gave one. */
export function statusLabel(status: ProjectStatus | null): string {
  return status ? STATUS_LABELS[status] : "وضعیت نامشخص";
}

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
  /** Under an article's first CHANGES_PER_ARTICLE changes; links to the article, which lists every fact. */
  more: (n: string) => `و ${n} تغییر دیگر؛ همه در صفحه‌ی این خبر`,
  feedTitle: (scope: string | null) => (scope ? `تازه‌های پروژه‌های قم: ${scope}` : "تازه‌های پروژه‌های شهری قم"),
  following: "دنبال کردن",
} as const;

/** /extract: paste an article, see its facts (components/extract/). */
export const EXTRACT = {
  title: "استخراج از متن خبر",
  intro:
    "متن یک خبر فارسی را بچسبانید یا پرونده‌ی متنی آن (txt) را برگزینید تا همان برنامه‌ای که ارقام این داشبورد را استخراج می‌کند، مبلغ‌ها، پروژه‌ها، مقدارها و مکان‌های آن را در متن نشان دهد.",
  privacy: "استخراج در همین مرورگر انجام می‌شود: متن شما به هیچ سروری فرستاده، ذخیره یا ثبت نمی‌شود.",
  label: "متن خبر",
  placeholder: "متن خبر را این‌جا بچسبانید…",
  file: "یا پرونده‌ی متنی (txt با رمزگذاری UTF-8) را برگزینید",
  run: "استخراج کن",
  busy: "در حال استخراج…",
  clear: "پاک کردن",
  download: "دریافت نتیجه به‌صورت JSON",
  downloadNote: "همان قالب خروجی «npm run extract»، همراه متن؛ برای گزارش خطای استخراج پیوستش کنید.",
  noscript: "این صفحه برای استخراج به جاوااسکریپت نیاز دارد؛ استخراج در مرورگر شما انجام می‌شود و متن به سرور فرستاده نمی‌شود.",
  tooLarge: (kb: string, limitKb: string) => `این متن ${kb} کیلوبایت است و از سقف ${limitKb} کیلوبایت بیشتر است. یک خبر را جداگانه بچسبانید یا متن را کوتاه کنید؛ چیزی استخراج نشد.`,
  empty: "متنی برای استخراج نیست.",
  notText: (name: string, reason: string) => `پرونده‌ی «${name}» ${reason}؛ فقط پرونده‌ی متنی با رمزگذاری UTF-8 پذیرفته می‌شود.`,
  fileReasons: { empty: "خالی است", binary: "متنی نیست", "not UTF-8": "با UTF-8 رمزگذاری نشده است" },
  failed: "استخراج این متن با خطا روبه‌رو شد. لطفاً متن را همراه این پیام گزارش کنید.",
  textHeading: "متن با ارقام برجسته",
  factsHeading: "آنچه استخراج شد",
  nothing: "در این متن مبلغ، پروژه، مقدار یا مکانی یافت نشد.",
  tables: {
    amounts: "ارقام مالی",
    projects: "پروژه‌ها",
    quantities: "مقدارها",
    places: "مکان‌ها",
  },
  columns: {
    asWritten: "در متن",
    rial: "به ریال",
    kind: "نوع",
    districts: "محدوده",
    year: "سال",
    qualifier: "قید",
    project: "پروژه و وضعیت",
    name: "نام پروژه",
    status: "وضعیت",
    category: "دسته",
    value: "مقدار",
    place: "مکان",
  },
} as const;

/** /data: the dataset, its downloads and its dictionary (components/data/). */
export const DATA = {
  title: "داده‌های باز",
  intro: "همه‌ی داده‌های این داشبورد برای دریافت: کل پایگاه داده به‌صورت یک پرونده‌ی SQLite، و هر جدول به‌صورت CSV و JSON، همراه واژه‌نامه‌ای که معنای هر ستون را می‌گوید.",
  seededAt: "آخرین به‌روزرسانی داده‌ها",
  seededAtNote: "زمان آخرین نوشتن در پرونده‌ی پایگاه داده، با npm run seed یا ingest",
  sqliteHeading: "کل پایگاه داده (SQLite)",
  sqliteLink: "دریافت پرونده‌ی SQLite",
  tablesHeading: "جدول‌ها",
  rows: "ردیف",
  csv: "CSV (سرستون فارسی)",
  csvLatin: "CSV (سرستون لاتین)",
  json: "JSON",
  dictionaryHeading: "واژه‌نامه‌ی داده‌ها",
  valuesHeading: "مقادیر مجاز",
  spansHeading: "از هر رقم به جمله‌ی خبر",
  licenceHeading: "مجوز و منابع",
  /** Decided by the project owner; until then this says so plainly. */
  licence: "مجوز بازنشر داده‌های استخراج‌شده (جدول‌های ارقام، پروژه‌ها، مقدارها و مکان‌ها) هنوز تعیین نشده است. اگر آن‌ها را به کار می‌برید، به این داشبورد و به اصل هر خبر ارجاع دهید.",
  sqliteMissing: "نسخه‌ی قابل دریافت پایگاه داده هنوز ساخته نشده یا از پایگاه داده قدیمی‌تر است؛ npm run seed (یا npm run db:ensure) آن را می‌سازد.",
} as const;

/** The per-year chart of /articles (components/articles/years-chart.tsx). */
export const ARTICLE_YEARS = {
  title: "خبرها در هر سال",
  /** Under the title: what a bar counts. */
  note: "شمار خبرهای تاریخ‌دار در هر سال خورشیدی (با فیلترهای بالا)؛ تعداد خبر است، نه جمع مبلغ‌ها.",
  undated: (n: string) => `${n} خبر بی‌تاریخ در نمودار نیامده است.`,
  older: (n: string, year: string) => `${n} خبر پیش از سال ${year} نیز هست.`,
  table: "جدول داده‌های نمودار",
  year: "سال",
  articles: "خبر",
  tooltipYear: (year: string) => `سال ${year}`,
  tooltipCount: (n: string) => `${n} خبر`,
} as const;

/** /districts/[slug]: one place's page. */
export const DISTRICT_PAGE = {
  title: "محدوده",
  inParent: "در",
  articles: "خبرهای مرتبط",
  projects: "پروژه‌ها",
  figures: "ارقام مالی",
  noCoverage: "هیچ خبری در این مجموعه به این محدوده اشاره نکرده است؛ نبودِ رقم در اینجا یعنی «گزارش نشده»، نه «هزینه نشده».",
  coverage: (n: string) => `میزان پوشش خبری: ${n} خبر. نبودِ رقمی از یک نوع یعنی «گزارش نشده»، نه «صفر».`,
  figuresByKind: "ارقام گزارش‌شده به تفکیک نوع",
  noFigures: "برای این محدوده رقم مالی‌ای گزارش نشده است.",
  noProjects: "پروژه‌ای برای این محدوده گزارش نشده است.",
  allProjects: (n: string) => `همه‌ی ${n} پروژه`,
  map: "نقشه",
  onMap: "جای این محدوده روی نقشه",
  articlesHeading: "خبرهایی که به این محدوده اشاره کرده‌اند",
  mentions: (n: string) => `${n} اشاره`,
  noArticles: "هیچ خبری.",
  allArticles: (n: string) => `همه‌ی ${n} خبر`,
} as const;

/** /: the overview. */
export const HOME = {
  projects: "پروژه",
  articles: "خبر منبع",
  covered: "محدوده‌ی پوشش‌داده‌شده",
  figures: "رقم مالی",
  largest: "بزرگ‌ترین ارقام گزارش‌شده",
  largestNote: "هر رقم با نوعش؛ این ارقام از انواع مختلف‌اند و جمع‌پذیر نیستند.",
  source: "منبع:",
  spending: "ارقام به تفکیک محدوده و نوع",
  recent: "تازه‌ترین پروژه‌ها",
  allProjects: "همه‌ی پروژه‌ها",
  districts: "محدوده‌هایی که در خبرها آمده‌اند",
  articleCount: (n: string) => `${n} خبر`,
  map: "نقشه: پروژه‌های گزارش‌شده در هر محدوده",
} as const;

/** A chart's controls (components/charts/chart-controls.tsx). */
export const CHART_CONTROLS = {
  chart: "نمودار",
  colourBy: "رنگ بر اساس",
  kind: "نوع رقم",
  allKinds: "همه‌ی انواع",
  unit: "واحد",
  scope: "گستره",
  scopeAll: "مناطق، شهر و استان",
  scopeRegions: "فقط مناطق و محله‌ها",
  status: "وضعیت",
  district: "محدوده:",
  show: "نمایش",
} as const;

/** /projects: the list, its filters and its search form. */
export const PROJECT_LIST = {
  sorts: {
    source: "ترتیب خبرها",
    name: "نام پروژه",
    "amount-desc": "بیشترین مبلغ",
    "amount-asc": "کمترین مبلغ",
    "most-reported": "بیشترین خبر",
    "last-reported": "تازه‌ترین گزارش",
  } satisfies Record<ProjectSort, string>,
  search: "جست‌وجو در نام پروژه‌ها",
  searchExample: "مثلاً آسفالت",
  sort: "مرتب‌سازی",
  title: "پروژه‌ها",
  filters: "فیلترها",
  status: "وضعیت",
  category: "نوع پروژه",
  toFilters: "فیلتر محدوده، وضعیت و نوع ↓",
  none: "هیچ پروژه‌ای با این فیلترها پیدا نشد.",
  /** After «the search words» (isolated in the page): a search refused as too broad (docs/bounds.md). */
  tooBroad: (cap: string) => `در بیش از ${cap} نامِ پروژه آمده است؛ این جست‌وجو برای شمردن و مرتب کردن بیش از اندازه گسترده است.`,
  tooBroadHint: "واژه‌ی دقیق‌تری بنویسید یا آن را کامل‌تر کنید.",
  clearAll: "پاک کردن همه‌ی فیلترها",
} as const;

/** Filter forms and their links (/projects, /articles, /changes, the charts). */
export const FILTERS = {
  district: "محدوده",
  allDistricts: "همه‌ی محدوده‌ها",
  outlet: "رسانه",
  allOutlets: "همه‌ی رسانه‌ها",
  apply: "اعمال",
  clear: "پاک کردن فیلترها",
  all: "همه",
} as const;

/** /changes: the count line. */
export const CHANGES_PAGE = {
  count: (n: string) => `${n} خبر با تغییر`,
} as const;

/** /articles: the list of sources. */
export const ARTICLE_LIST = {
  title: "منابع",
  description: "فهرست خبرهایی که ارقام داشبورد از آن‌ها استخراج شده است، با رسانه، تاریخ و پیوند به اصل خبر.",
  heading: "منابع خبری",
  none: "خبری با این فیلترها نیست.",
  all: "همه‌ی خبرها",
} as const;

/** Pagination links. */
export const PAGING = {
  label: "صفحه‌ها",
  prev: "صفحه‌ی قبل",
  position: (page: string, pages: string) => `صفحه‌ی ${page} از ${pages}`,
  next: "صفحه‌ی بعد",
} as const;

/** A chart's page: downloads, table, citation (components/charts/). */
export const CHART_PAGE = {
  png: "تصویر PNG",
  svg: "تصویر SVG",
  csvView: "CSV همین نما",
  csvFull: "CSV همه‌ی ارقام",
  downloads: "دریافت",
  downloadsHeading: "دریافت داده و تصویر",
  rowHeader: "محدوده / دسته",
  series: "سری",
  value: "مقدار",
  source: "منبع",
  unknownDate: "تاریخ نامشخص",
  citation: "شیوه‌ی ارجاع",
  dataDate: "تاریخ داده‌ها: تازه‌ترین تاریخ انتشارِ خبرهای منبع",
  largest: (unit: string) => `بزرگ‌ترین ارقام (${unit})`,
  allFigures: (n: string) => `همه‌ی ${n} رقم، با مرتب‌سازی و صفحه‌بندی`,
  noFigures: "در خبرهای این مجموعه رقمی با این فیلترها گزارش نشده است (که با «هزینه‌ی صفر» یکی نیست).",
} as const;

/** The money unit switch. */
export const UNIT_SWITCH = {
  label: "واحد پول",
} as const;


/** The colour key above an article's text (components/fact-legend.tsx). */
export const FACT_LEGEND = {
  label: "راهنمای رنگ‌ها",
  amount: "رقم مالی",
  quantity: "مقدار",
  project: "پروژه",
  place: "مکان",
} as const;

/** The spending table's column heads and its note on further sources (components/charts/spending-table.tsx). */
export const SPENDING_TABLE = {
  district: "محدوده",
  kind: "نوع",
  amount: "مبلغ",
  year: "سال",
  source: "منبع",
  moreSources: (n: string) => ` و ${n} منبع دیگر`,
} as const;

/** The site's footer (components/site-footer.tsx); the links sit between these parts. */
export const FOOTER = {
  about: "هر رقم این داشبورد از متن خبرها استخراج شده و به جمله‌ی منبع پیوند دارد. ارقام گرد یا جمع زده نمی‌شوند؛",
  method: "روش کار",
  read: "را بخوانید.",
  data: "داده‌های باز",
  formats: "(SQLite، CSV، JSON)",
  extract: "استخراج از متن خبر",
} as const;
