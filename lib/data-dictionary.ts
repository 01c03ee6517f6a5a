// The data dictionary of /data: what every published table and column means, in Persian, merged
// with the schema's own shape (db/schema-shape.ts) so types and keys are never retyped, and the
// allowed values derived from the lists the extractor and the app use (lib/extract/types.ts,
// lib/districts.ts, lib/strings.ts). A column without a description here fails the unit test.
import { PLACES, type PlaceKind } from "./districts";
import { AMOUNT_KINDS, PROJECT_CATEGORIES, PROJECT_STATUSES, QUALIFIERS } from "./extract/types";
import { CATEGORY_LABELS, KIND_LABELS, QUALIFIER_LABELS, STATUS_LABELS, UNIT_LABELS } from "./strings";

export interface ColumnShape {
  name: string;
  sqlType: string;
  notNull: boolean;
  primaryKey: boolean;
  /** "table.column" of a foreign key, or null. */
  references: string | null;
}
export interface TableShape {
  name: string;
  columns: ColumnShape[];
}

export type ValueSetName = "amount_kind" | "project_status" | "project_category" | "qualifier" | "quantity_unit" | "place_slug" | "place_kind";

interface ColumnDoc {
  /** The Persian header of the column in CSV files. */
  fa: string;
  about: string;
  unit?: string;
  values?: ValueSetName;
}
interface TableDoc {
  fa: string;
  about: string;
  columns: Record<string, ColumnDoc>;
}

const SPAN = "جای نقل‌قول در متن خبر (articles.text)، به واحد UTF-16؛ بخش [start, end) متن همان quote است";
const ID = { fa: "شناسه", about: "شناسه‌ی یکتای ردیف" };
const ARTICLE = { fa: "شناسه‌ی خبر", about: "خبری که این مورد از آن استخراج شده (articles.id)" };
const QUOTE = { fa: "نقل‌قول", about: "عین نوشته‌ی خبر، همان‌گونه که در متن آمده است" };
const START = { fa: "آغاز", about: `آغاز ${SPAN}`, unit: "نویسه‌ی UTF-16 (از صفر)" };
const END = { fa: "پایان", about: `پایان (بی‌آنکه خودش جزو آن باشد) ${SPAN}`, unit: "نویسه‌ی UTF-16" };
const PLACE_SLUG = { fa: "شناسه‌ی مکان", about: "یکی از مکان‌های فهرست (places.slug)", values: "place_slug" } as const;
const PLACES_KEY = { fa: "گروه مکان‌ها", about: "شناسه‌ی مکان‌هایی که رقم با هم به آن‌ها تعلق دارد، مرتب و با «,» جدا؛ رقمِ چند منطقه میان آن‌ها تقسیم نمی‌شود؛ خالی یعنی مکانی گفته نشده", values: "place_slug" } as const;

export const TABLE_DOCS: Record<string, TableDoc> = {
  articles: {
    fa: "خبرها",
    about: "متن کامل هر خبر، بایت‌به‌بایت همان‌گونه که دریافت شده، با عنوان و منبع. همه‌ی جای‌ها (start/end) در جدول‌های دیگر به همین متن اشاره می‌کنند.",
    columns: {
      id: ID,
      file: { fa: "نام پرونده", about: "نام پرونده‌ی متنی که خبر از آن خوانده شد" },
      sha256: { fa: "چکیده‌ی SHA-256", about: "چکیده‌ی SHA-256 متن (UTF-8)؛ خبرِ تکراری دوباره افزوده نمی‌شود" },
      title: { fa: "عنوان", about: "عنوان خبر از پرونده‌ی همراه، یا تیتر متن، یا آغاز نخستین جمله" },
      outlet: { fa: "رسانه", about: "رسانه‌ی منتشرکننده؛ خالی یعنی نامشخص" },
      url: { fa: "نشانی اصل خبر", about: "نشانی صفحه‌ی اصلی خبر در تارنمای رسانه؛ خالی یعنی در دست نیست" },
      published: { fa: "تاریخ انتشار", about: "تاریخ انتشار؛ خالی یعنی متن و منبع آن را نگفته‌اند", unit: "تاریخ میلادی ISO (YYYY-MM-DD)" },
      text: { fa: "متن", about: "متن کامل خبر؛ Excel بیش از ۳۲٬۷۶۷ نویسه را در یک خانه نشان نمی‌دهد" },
    },
  },
  places: {
    fa: "مکان‌ها",
    about: "فهرست یگانه‌ی مکان‌ها: مناطق شهرداری، شهر، استان، شهرها و محله‌ها، هر یک با مکانِ دربرگیرنده‌اش.",
    columns: {
      slug: { fa: "شناسه‌ی مکان", about: "شناسه‌ی لاتین مکان", values: "place_slug" },
      fa: { fa: "نام فارسی", about: "نام فارسی مکان" },
      en: { fa: "نام انگلیسی", about: "نام انگلیسی مکان" },
      kind: { fa: "گونه‌ی مکان", about: "منطقه، شهر، استان، شهرستان یا محله", values: "place_kind" },
      parent: { fa: "مکان دربرگیرنده", about: "مکانی که این مکان درون آن است؛ خالی برای استان", values: "place_slug" },
      sort_order: { fa: "ترتیب", about: "ترتیب نمایش در فهرست‌ها" },
    },
  },
  amounts: {
    fa: "ارقام مالی",
    about: "هر مبلغی که در خبری آمده، به ریال، با نوع، سال، قید و مکان‌ها. ارقامِ از نوع‌های متفاوت را با هم جمع نزنید.",
    columns: {
      id: ID,
      article_id: ARTICLE,
      value_rial: { fa: "مبلغ (ریال)", about: "مبلغ دقیق، گرد نشده (هر تومان ده ریال؛ هر همت ۱۰^۱۳ ریال)", unit: "ریال، عدد صحیح" },
      unit_text: { fa: "واحد در متن", about: "واحدی که خبر نوشته است (ریال، تومان، میلیارد تومان، همت…)" },
      kind: { fa: "نوع", about: "نوع رقم", values: "amount_kind" },
      year: { fa: "سال", about: "سال شمسی که رقم به آن مربوط است؛ خالی یعنی گفته نشده", unit: "سال شمسی، رقم لاتین (1398)" },
      qualifier: { fa: "قید", about: "قیدی مانند «بیش از» یا «حدود» که کنار رقم آمده؛ خالی یعنی بی‌قید", values: "qualifier" },
      places_key: PLACES_KEY,
      quote: QUOTE,
      start: START,
      end: END,
    },
  },
  amount_places: {
    fa: "مکان‌های ارقام",
    about: "یک ردیف برای هر مکانِ هر رقم (همان places_key به شکل جدول، برای پیوند زدن).",
    columns: {
      amount_id: { fa: "شناسه‌ی رقم", about: "رقم (amounts.id)" },
      place_slug: PLACE_SLUG,
    },
  },
  projects: {
    fa: "پروژه‌ها",
    about: "هر پروژه یک کار شهری است با همه‌ی خبرهایی که از آن نام برده‌اند (project_mentions)؛ یکی‌کردن نام‌ها با قاعده‌هایی است که docs/stories.md شرح می‌دهد و اصلاح‌های ویراستار (corrections).",
    columns: {
      id: ID,
      name: { fa: "نام پروژه", about: "نامی که بیشتر خبرها به کار برده‌اند" },
      name_folded: { fa: "نام یکسان‌شده", about: "نام برای جست‌وجو: ی/ي، ک/ك، نیم‌فاصله و ارقام یکسان شده‌اند" },
      status: { fa: "آخرین وضعیت", about: "آخرین وضعیت شناخته‌شده: از تازه‌ترین خبر تاریخ‌دار، و اگر هیچ‌کدام نگفته، از خبرهای بی‌تاریخ؛ خالی یعنی گفته نشده", values: "project_status" },
      category: { fa: "دسته", about: "دسته‌ای که بیشتر خبرها به آن داده‌اند", values: "project_category" },
      article_count: { fa: "شمار خبرها", about: "چند خبر از این پروژه نام برده‌اند" },
      mention_count: { fa: "شمار نام‌بردن‌ها", about: "چند بار در همه‌ی خبرها از آن نام برده شده" },
      first_published: { fa: "نخستین گزارش", about: "تاریخ نخستین خبر تاریخ‌دار؛ خالی اگر همه بی‌تاریخ‌اند", unit: "تاریخ میلادی ISO (YYYY-MM-DD)" },
      last_published: { fa: "آخرین گزارش", about: "تاریخ تازه‌ترین خبر تاریخ‌دار؛ خالی اگر همه بی‌تاریخ‌اند", unit: "تاریخ میلادی ISO (YYYY-MM-DD)" },
      first_article_id: { fa: "نخستین خبر", about: "نخستین خبری که افزوده شد و از آن نام برد (articles.id)" },
      first_start: { fa: "آغاز نخستین نام", about: `آغاز نخستین نام‌بردن در آن خبر؛ ${SPAN}`, unit: "نویسه‌ی UTF-16 (از صفر)" },
      last_article_id: { fa: "آخرین خبر افزوده", about: "آخرین خبری که افزوده شد و از آن نام برد (articles.id)" },
      latest_mention_id: { fa: "نام‌بردن استنادشده", about: "نام‌بردنی که فهرست‌ها به آن استناد می‌کنند: تازه‌ترین تاریخ‌دار، وگرنه آخرین بی‌تاریخ (project_mentions.id)" },
      amount_id: { fa: "شناسه‌ی بزرگ‌ترین رقم", about: "بزرگ‌ترین رقمِ گزارش‌شده در بند نام آن (amounts.id)؛ جمع ارقام نیست" },
      amount_value_rial: { fa: "بزرگ‌ترین رقم (ریال)", about: "مبلغ همان رقم، برای مرتب‌سازی؛ جمع ارقام نیست", unit: "ریال، عدد صحیح" },
      hidden: { fa: "پنهان", about: "۱ اگر ویراستار آن را پروژه ندانسته و پنهان کرده است (دلیل در corrections)" },
      places_key: {
        fa: "مکان‌های پروژه",
        about: "همان ردیف‌های project_places این پروژه در یک شناسه، مرتب و با «,» جدا، برای شمارش سریع نتیجه‌های جست‌وجو؛ برای پروژه‌ی پنهان یا بی‌مکان خالی",
        values: "place_slug",
      },
    },
  },
  project_places: {
    fa: "مکان‌های پروژه‌ها",
    about: "یک ردیف برای هر مکانی که خبری به پروژه داده است.",
    columns: {
      project_id: { fa: "شناسه‌ی پروژه", about: "پروژه (projects.id)" },
      place_slug: PLACE_SLUG,
    },
  },
  project_mentions: {
    fa: "نام‌بردن از پروژه‌ها",
    about: "هر جایی که خبری از یک پروژه نام برده، با وضعیت، دسته و رقمِ همان بند، همان‌گونه که استخراج شده است.",
    columns: {
      id: ID,
      article_id: ARTICLE,
      project_id: { fa: "شناسه‌ی پروژه", about: "پروژه‌ای که این نام‌بردن از آن است (projects.id)" },
      name: { fa: "نام در خبر", about: "نام پروژه به همان نگارش خبر" },
      name_folded: { fa: "نام یکسان‌شده", about: "نام برای جست‌وجو: ی/ي، ک/ك، نیم‌فاصله و ارقام یکسان شده‌اند" },
      status: { fa: "وضعیت در خبر", about: "وضعیتی که این خبر می‌گوید؛ خالی یعنی گفته نشده", values: "project_status" },
      category: { fa: "دسته", about: "دسته‌ی پروژه از واژه‌های نام آن", values: "project_category" },
      amount_id: { fa: "شناسه‌ی رقم", about: "رقمی که در همان بند آمده (amounts.id)؛ خالی اگر نبوده یا بیش از یکی بوده" },
      quote: QUOTE,
      start: START,
      end: END,
    },
  },
  mention_places: {
    fa: "مکان‌های نام‌بردن‌ها",
    about: "یک ردیف برای هر مکانِ هر نام‌بردن از پروژه.",
    columns: {
      mention_id: { fa: "شناسه‌ی نام‌بردن", about: "نام‌بردن (project_mentions.id)" },
      place_slug: PLACE_SLUG,
    },
  },
  corrections: {
    fa: "اصلاح‌های ویراستار",
    about: "آنچه پرونده‌ی data/corrections.yaml در آخرین بارگذاری تغییر داد: نوع، مکان یا سال یک رقم، و یکی‌کردن، جداکردن یا پنهان‌کردن پروژه‌ها، هر کدام با دلیل و تاریخ.",
    columns: {
      id: ID,
      entry: { fa: "شماره‌ی بند", about: "شماره‌ی بند در پرونده‌ی اصلاح‌ها (از ۱)" },
      action: { fa: "کار", about: "fix (اصلاح یک رقم یا مکان)، merge (یکی‌کردن)، split (جداکردن)، hide (پنهان‌کردن)" },
      reason: { fa: "دلیل", about: "دلیل ویراستار، همان‌گونه که در صفحه‌ها نشان داده می‌شود" },
      date: { fa: "تاریخ", about: "تاریخ اصلاح", unit: "تاریخ میلادی ISO (YYYY-MM-DD)" },
      fact_type: { fa: "گونه‌ی مورد", about: "amount، project یا quantity برای اصلاح یک مورد؛ خالی برای کار روی پروژه‌ها" },
      fact_id: { fa: "شناسه‌ی مورد", about: "ردیف اصلاح‌شده در amounts، project_mentions یا quantities" },
      project_id: { fa: "شناسه‌ی پروژه", about: "پروژه‌ای که یکی، جدا یا پنهان شد (projects.id)" },
      before: { fa: "پیش از اصلاح", about: "مقدارهای استخراج خودکار به صورت JSON (kind، year، districts)" },
      after: { fa: "پس از اصلاح", about: "مقدارهای ویراستار به صورت JSON؛ جدول‌های دیگر همین‌ها را دارند" },
    },
  },
  quantities: {
    fa: "مقدارها",
    about: "مقدارهای شمردنی غیرمالی: تن آسفالت، متر مربع، کیلومتر، نفر، شمار پروژه‌ها و…",
    columns: {
      id: ID,
      article_id: ARTICLE,
      value: { fa: "مقدار", about: "عدد دقیق (ممکن است اعشاری باشد)", unit: "به واحد ستون unit" },
      unit: { fa: "واحد", about: "واحد مقدار", values: "quantity_unit" },
      places_key: PLACES_KEY,
      quote: QUOTE,
      start: START,
      end: END,
    },
  },
  quantity_places: {
    fa: "مکان‌های مقدارها",
    about: "یک ردیف برای هر مکانِ هر مقدار.",
    columns: {
      quantity_id: { fa: "شناسه‌ی مقدار", about: "مقدار (quantities.id)" },
      place_slug: PLACE_SLUG,
    },
  },
  place_mentions: {
    fa: "نام‌بردن از مکان‌ها",
    about: "هر جایی که خبری مکانی را نام برده است.",
    columns: {
      id: ID,
      article_id: ARTICLE,
      place_slug: PLACE_SLUG,
      quote: QUOTE,
      start: START,
      end: END,
    },
  },
};

export interface DictionaryColumn extends ColumnShape, ColumnDoc {}
export interface DictionaryTable {
  name: string;
  fa: string;
  about: string;
  columns: DictionaryColumn[];
}

/** Schema shape + descriptions; throws on a table or column the descriptions do not cover. */
export function buildDictionary(shapes: readonly TableShape[]): DictionaryTable[] {
  return shapes.map((t) => {
    const doc = TABLE_DOCS[t.name];
    if (!doc) throw new Error(`data dictionary: table ${t.name} is not described`);
    return {
      name: t.name, fa: doc.fa, about: doc.about,
      columns: t.columns.map((c) => {
        const d = doc.columns[c.name];
        if (!d) throw new Error(`data dictionary: column ${t.name}.${c.name} is not described`);
        return { ...c, ...d };
      }),
    };
  });
}

export interface AllowedValue {
  value: string;
  fa: string;
  /** For places: «گونه، درون …». */
  note?: string;
}

const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
  province: "استان",
  city: "شهر",
  region: "منطقه‌ی شهرداری",
  town: "شهر یا شهرستان استان",
  neighbourhood: "محله یا شهرک",
};

const pairs = <K extends string>(keys: readonly K[], labels: Record<K, string>): AllowedValue[] => keys.map((k) => ({ value: k, fa: labels[k] }));

/** Every allowed value of every coded column, from the lists the code itself uses. */
export function allowedValues(): Record<ValueSetName, AllowedValue[]> {
  const bySlug = new Map(PLACES.map((p) => [p.slug as string, p]));
  return {
    amount_kind: pairs(AMOUNT_KINDS, KIND_LABELS),
    project_status: pairs(PROJECT_STATUSES, STATUS_LABELS),
    project_category: pairs(PROJECT_CATEGORIES, CATEGORY_LABELS),
    qualifier: pairs(QUALIFIERS, QUALIFIER_LABELS),
    quantity_unit: Object.entries(UNIT_LABELS).map(([value, fa]) => ({ value, fa })),
    place_kind: pairs([...new Set(PLACES.map((p) => p.kind))], PLACE_KIND_LABELS),
    place_slug: PLACES.map((p) => ({
      value: p.slug, fa: p.fa,
      note: [PLACE_KIND_LABELS[p.kind], p.parent ? `درون ${bySlug.get(p.parent)?.fa ?? p.parent}` : null].filter(Boolean).join("، "),
    })),
  };
}

/** Each value set's Persian title and the columns that take its values. */
export const VALUE_SET_TITLES: Record<ValueSetName, { fa: string; columns: string }> = {
  amount_kind: { fa: "نوع رقم", columns: "amounts.kind" },
  project_status: { fa: "وضعیت پروژه", columns: "projects.status, project_mentions.status" },
  project_category: { fa: "دسته‌ی پروژه", columns: "projects.category, project_mentions.category" },
  qualifier: { fa: "قید رقم", columns: "amounts.qualifier" },
  quantity_unit: { fa: "واحد مقدار", columns: "quantities.unit" },
  place_kind: { fa: "گونه‌ی مکان", columns: "places.kind" },
  place_slug: { fa: "مکان‌ها", columns: "place_slug, parent, places_key" },
};
