// The files of /data: the SQLite copy and, for each table, its row count and three downloads.
import type { DictionaryTable } from "@/lib/data-dictionary";
import { exportFileName, SQLITE_FILE } from "@/lib/dataset-export";
import { formatBytes, formatNumber } from "@/lib/format";
import { dataFileHref } from "@/lib/links";
import { DATA } from "@/lib/strings";

const LINK = "rounded border border-accent px-2 py-0.5 text-sm font-semibold text-accent hover:bg-accent-soft";

export function SqliteDownload({ size }: { size: number | null }) {
  return (
    <section aria-labelledby="sqlite" className="space-y-2">
      <h2 id="sqlite" className="text-xl font-bold">{DATA.sqliteHeading}</h2>
      {size === null ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">{DATA.sqliteMissing}</p>
      ) : (
        <p>
          <a href={dataFileHref(SQLITE_FILE)} download className={LINK} data-testid="sqlite-download">{DATA.sqliteLink}</a>{" "}
          <span className="text-muted">({formatBytes(size)})</span>
        </p>
      )}
      <p>
        همان پایگاه داده‌ای که این داشبورد از آن خوانده می‌شود: رونوشتی فقط‌خواندنی که هر بار پس از بارگذاری خبرها
        (npm run seed یا ingest) با VACUUM INTO ساخته می‌شود، پس همیشه پرونده‌ای کامل و سالم است (PRAGMA integrity_check
        می‌گوید ok). با هر برنامه‌ی SQLite باز می‌شود، مثلاً:
      </p>
      <code dir="ltr" className="block overflow-x-auto whitespace-pre rounded bg-white p-3 text-sm ring-1 ring-rule">
        sqlite3 {SQLITE_FILE} &quot;select kind, count(*) from amounts group by kind&quot;
      </code>
    </section>
  );
}

export function TableDownloads({ tables, counts }: { tables: DictionaryTable[]; counts: Record<string, number> }) {
  return (
    <section aria-labelledby="tables" className="space-y-3">
      <h2 id="tables" className="text-xl font-bold">{DATA.tablesHeading}</h2>
      <p>
        هر جدول همان جدول پایگاه داده است، با همان ستون‌ها و ردیف‌ها. CSV با رمزگذاری UTF-8 و BOM است و در Excel درست باز
        می‌شود؛ خانه‌ای که با <code dir="ltr" className="whitespace-nowrap">= + - @</code> آغاز شود با <code dir="ltr">&apos;</code> آغاز می‌شود تا صفحه‌گسترده آن را فرمول نخواند. JSON همین ردیف‌ها را با
        نام لاتین ستون‌ها و تعداد ردیف‌ها دارد.
      </p>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {tables.map((t) => (
          <li key={t.name} className="rounded border border-rule bg-white p-3" data-table={t.name}>
            <p className="font-bold">
              <a href={`#table-${t.name}`} className="hover:underline">{t.fa}</a>{" "}
              <code dir="ltr" className="text-sm font-normal text-muted">{t.name}</code>
            </p>
            <p className="text-sm text-muted"><span data-testid={`rows-${t.name}`}>{formatNumber(counts[t.name] ?? 0)}</span> {DATA.rows}</p>
            <p className="mt-2 flex flex-wrap gap-2">
              <a className={LINK} href={dataFileHref(exportFileName(t.name, "csv"))} download>{DATA.csv}</a>
              <a className={LINK} href={dataFileHref(exportFileName(t.name, "latin.csv"))} download>{DATA.csvLatin}</a>
              <a className={LINK} href={dataFileHref(exportFileName(t.name, "json"))} download>{DATA.json}</a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
