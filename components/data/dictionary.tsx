// The data dictionary: every published table and column (from db/schema.ts via lib/data-dictionary.ts)
// and every allowed value of the coded columns, as definition lists that read at any width.
import { VALUE_SET_TITLES, type AllowedValue, type DictionaryColumn, type DictionaryTable, type ValueSetName } from "@/lib/data-dictionary";
import { formatNumber } from "@/lib/format";
import { DATA } from "@/lib/strings";

function typeOf(c: DictionaryColumn): string {
  return [c.sqlType, c.primaryKey ? "کلید اصلی" : null, c.notNull ? "همیشه پر" : "ممکن است خالی باشد", c.references ? `پیوند به ${c.references}` : null]
    .filter(Boolean)
    .join("، ");
}

export function Dictionary({ tables }: { tables: DictionaryTable[] }) {
  return (
    <section aria-labelledby="dictionary" className="space-y-6">
      <h2 id="dictionary" className="text-xl font-bold">{DATA.dictionaryHeading}</h2>
      <p>هر جدول را باز کنید تا ستون‌هایش را ببینید: نام، سرستون فارسی در CSV، نوع SQLite، معنا، واحد و مقادیر مجاز.</p>
      {tables.map((t) => (
        <section key={t.name} id={`table-${t.name}`} aria-labelledby={`h-${t.name}`} className="rounded border border-rule bg-white p-4">
          <h3 id={`h-${t.name}`} className="text-lg font-bold">
            {t.fa} <code dir="ltr" className="text-base font-normal text-muted">{t.name}</code>
          </h3>
          <p>{t.about}</p>
          <details className="mt-2" open={t.name === "amounts"} data-testid={`columns-${t.name}`}>
            <summary className="cursor-pointer font-semibold text-accent">ستون‌ها ({formatNumber(t.columns.length)})</summary>
            <dl className="mt-2 divide-y divide-rule">
              {t.columns.map((c) => (
                <div key={c.name} className="grid gap-x-4 py-2 sm:grid-cols-[12rem_minmax(0,1fr)]" data-column={`${t.name}.${c.name}`}>
                  <dt>
                    <code dir="ltr" className="font-semibold">{c.name}</code>
                    <span className="block text-sm text-muted">{c.fa}</span>
                  </dt>
                  <dd className="text-[0.95rem]">
                    {c.about}
                    <span className="block text-sm text-muted">
                      {typeOf(c)}
                      {c.unit ? <> | واحد: {c.unit}</> : null}
                      {c.values ? <> | مقادیر: <a className="underline" href={`#values-${c.values}`}>{VALUE_SET_TITLES[c.values].fa}</a></> : null}
                    </span>
                  </dd>
                </div>
              ))}
            </dl>
          </details>
        </section>
      ))}
    </section>
  );
}

export function ValueSets({ sets }: { sets: Record<ValueSetName, AllowedValue[]> }) {
  const names = Object.keys(VALUE_SET_TITLES) as ValueSetName[];
  return (
    <section aria-labelledby="values" className="space-y-4">
      <h2 id="values" className="text-xl font-bold">{DATA.valuesHeading}</h2>
      <p>این فهرست‌ها از همان فهرست‌هایی ساخته می‌شوند که برنامه‌ی استخراج و صفحه‌های داشبورد به کار می‌برند؛ مقدار لاتین در داده‌هاست و برچسب فارسی در صفحه‌ها.</p>
      <div className="grid gap-4 md:grid-cols-2">
        {names.map((n) => (
          <section key={n} id={`values-${n}`} aria-labelledby={`hv-${n}`} className={`rounded border border-rule bg-white p-3 ${n === "place_slug" ? "md:col-span-2" : ""}`}>
            <h3 id={`hv-${n}`} className="mb-2 font-bold">
              {VALUE_SET_TITLES[n].fa} <code dir="ltr" className="text-sm font-normal text-muted">{VALUE_SET_TITLES[n].columns}</code>
            </h3>
            <ul className={`grid gap-x-6 gap-y-1 text-sm ${n === "place_slug" ? "sm:grid-cols-2 lg:grid-cols-3" : ""}`}>
              {sets[n].map((v) => (
                <li key={v.value} className="flex flex-wrap gap-x-2">
                  <code dir="ltr">{v.value}</code>
                  <span>{v.fa}</span>
                  {v.note ? <span className="text-muted">({v.note})</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
