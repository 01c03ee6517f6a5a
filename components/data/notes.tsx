// /data prose: how a fact's span maps into its article, and the licence and sources of the data.
import Link from "next/link";
import { ATTRIBUTION, DATA } from "@/lib/strings";
import { formatNumber } from "@/lib/format";

const CODE = "block overflow-x-auto whitespace-pre rounded bg-white p-3 text-start text-sm ring-1 ring-rule";

export function SpanNotes() {
  return (
    <section aria-labelledby="spans" className="space-y-3">
      <h2 id="spans" className="text-xl font-bold">{DATA.spansHeading}</h2>
      <p>
        هر رقم، پروژه، مقدار و نام مکان سه ستون <code dir="ltr">quote</code>، <code dir="ltr">start</code> و <code dir="ltr">end</code> دارد:
        جای نقل‌قول در متن همان خبر (<code dir="ltr">articles.text</code>). شمارش از صفر و به واحد UTF-16 است، همان‌گونه که جاوااسکریپت
        رشته‌ها را می‌شمارد، و <code dir="ltr">end</code> خودش بیرون از بازه است. متن خبرها بایت‌به‌بایت نگه داشته می‌شود، پس این جای‌ها
        هرگز جابه‌جا نمی‌شوند.
      </p>
      <code dir="ltr" className={CODE}>{`// JavaScript
article.text.slice(amount.start, amount.end) === amount.quote

# Python
t = article_text.encode("utf-16-le")
t[2 * start : 2 * end].decode("utf-16-le") == quote

-- SQLite counts characters, not UTF-16 units: the same only for text without
-- characters beyond U+FFFF (emoji and the like)
select substr(a.text, m.start + 1, m."end" - m.start) = m.quote
from amounts m join articles a on a.id = m.article_id;`}</code>
      <p>
        صفحه‌ی هر خبر همان جای را برجسته می‌کند: <code dir="ltr">/articles/ARTICLE_ID#fact-a-START</code> (حرف <code dir="ltr">a</code> برای
        رقم مالی، <code dir="ltr">p</code> پروژه، <code dir="ltr">q</code> مقدار و <code dir="ltr">m</code> نام مکان).
      </p>
    </section>
  );
}

export function LicenceNotes({ outlets, articles }: { outlets: { outlet: string; n: number }[]; articles: number }) {
  const shown = outlets.slice(0, 40);
  return (
    <section aria-labelledby="licence" className="space-y-3">
      <h2 id="licence" className="text-xl font-bold">{DATA.licenceHeading}</h2>
      <ul className="list-disc space-y-2 ps-6">
        <li>
          <strong>متن خبرها</strong> از آنِ رسانه‌هایی است که آن‌ها را منتشر کرده‌اند. این داشبورد رونوشتی از صفحه‌های عمومی آن‌ها را
          برای پژوهش و راستی‌آزمایی ارقام نگه می‌دارد و به اصل هر خبر پیوند می‌دهد (ستون <code dir="ltr">articles.url</code> و
          <Link className="underline" href="/articles"> فهرست منابع</Link>). بازنشر این متن‌ها تنها با اجازه‌ی همان رسانه‌هاست و مجوز
          این داشبورد شامل آن‌ها نمی‌شود. برخی رونوشت‌ها کوتاه‌شده‌اند و ممکن است میانه‌ی واژه‌ای پایان یابند.
        </li>
        <li><strong>داده‌های استخراج‌شده:</strong> {DATA.licence}</li>
        <li>
          <strong>فهرست مکان‌ها:</strong> مناطق شهرداری و شهرهای استان، و محله‌ها و شهرک‌هایی که صفحه‌های عمومی خبری و تارنماهای
          شهرداری منطقه‌شان را گفته‌اند.
        </li>
        <li>
          <strong>نقشه:</strong> این پایگاه داده هیچ مرز یا مختصاتی ندارد. نقشه‌ی داشبورد این منابع را به کار می‌برد:{" "}
          {ATTRIBUTION.osm}؛ {ATTRIBUTION.geonames}؛ {ATTRIBUTION.naturalEarth}.
        </li>
      </ul>
      <p>
        {formatNumber(articles)} خبر از {formatNumber(outlets.length)} رسانه{outlets.length > shown.length ? ` (پرشمارترین ${formatNumber(shown.length)} رسانه در زیر)` : ""}:
      </p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="رسانه‌ها">
        {shown.map((o) => (
          <li key={o.outlet}><bdi>{o.outlet}</bdi> <span className="text-muted">({formatNumber(o.n)})</span></li>
        ))}
      </ul>
    </section>
  );
}
