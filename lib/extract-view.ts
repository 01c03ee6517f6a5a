// What /extract shows for a pasted article: the extractor's facts as the CLI's JSON (with the
// text attached, so an extraction error can be reported with its input), the text cut into
// highlighted pieces exactly as /articles/[id] cuts it, and one table row per fact with every
// label already written in Persian. Loaded by the page only when a reader first extracts, so the
// extractor, the gazetteer and these labels add nothing to any other page.
import { articleFactSpans } from "./article-facts";
import { factAnchor, segmentArticle, type Paragraph } from "./article-view";
import { placeLabel, placesLabel } from "./districts";
import { contractArticle, type ContractArticle, type ContractDocument } from "./extract-contract";
import { extractArticle } from "./extract";
import type { Extraction } from "./extract/types";
import { formatMoney, formatNumber, formatYear } from "./format";
import { CATEGORY_LABELS, KIND_LABELS, QUALIFIER_LABELS, STATUS_LABELS, UNIT_LABELS } from "./strings";

/** The file name a pasted text is given in the JSON download. */
export const PASTED_FILE = "pasted.txt";

export type ExtractDownload = ContractDocument<ContractArticle & { text: string }>;

interface Row {
  anchor: string;
  quote: string;
}
export interface AmountRow extends Row {
  rial: string;
  billions: string;
  unitText: string;
  kind: string;
  districts: string;
  year: string | null;
  qualifier: string | null;
  project: { name: string; status: string } | null;
}
export interface ProjectRow extends Row {
  name: string;
  status: string;
  category: string;
  districts: string;
}
export interface QuantityRow extends Row {
  value: string;
  districts: string;
}
export interface PlaceRow extends Row {
  place: string;
}

export interface ExtractView {
  download: ExtractDownload;
  paragraphs: Paragraph[];
  amounts: AmountRow[];
  projects: ProjectRow[];
  quantities: QuantityRow[];
  places: PlaceRow[];
}

const NONE = "—";
const NO_STATUS = "نامشخص";

const districtsText = (slugs: readonly string[]) => (slugs.length ? placesLabel(slugs) : NONE);
const statusText = (s: keyof typeof STATUS_LABELS | null) => (s ? STATUS_LABELS[s] : NO_STATUS);

function amountRows(x: Extraction): AmountRow[] {
  return x.amounts.map((a, i) => {
    const p = x.projects.find((q) => q.amount_index === i);
    return {
      anchor: factAnchor("amount", a.start), quote: a.quote, rial: `${formatNumber(a.value_rial)} ریال`,
      billions: formatMoney(a.value_rial, "rial"), unitText: a.unit_text, kind: KIND_LABELS[a.kind], districts: districtsText(a.districts),
      year: a.year ? formatYear(a.year) : null, qualifier: a.qualifier ? QUALIFIER_LABELS[a.qualifier] : null,
      project: p ? { name: p.name, status: statusText(p.status) } : null,
    };
  });
}

/** Extracts `text` and shapes everything /extract renders. Offsets are into `text` as given. */
export function buildExtractView(text: string, file = PASTED_FILE): ExtractView {
  const x = extractArticle(text);
  const spans = articleFactSpans({
    amounts: x.amounts.map((a) => ({ start: a.start, end: a.end, kind: a.kind, valueRial: a.value_rial })),
    projects: x.projects.map((p) => ({ start: p.start, end: p.end, status: p.status, category: p.category })),
    quantities: x.quantities.map((q) => ({ start: q.start, end: q.end, value: q.value, unit: q.unit })),
    mentions: x.mentions.map((m) => ({ start: m.start, end: m.end, placeSlug: m.slug })),
  });
  return {
    download: { articles: [{ ...contractArticle(file, x), text }] },
    paragraphs: segmentArticle(text, spans),
    amounts: amountRows(x),
    projects: x.projects.map((p) => ({
      anchor: factAnchor("project", p.start), quote: p.quote, name: p.name, status: statusText(p.status),
      category: CATEGORY_LABELS[p.category], districts: districtsText(p.districts),
    })),
    quantities: x.quantities.map((q) => ({
      anchor: factAnchor("quantity", q.start), quote: q.quote, value: `${formatNumber(q.value)} ${UNIT_LABELS[q.unit] ?? q.unit}`,
      districts: districtsText(q.districts),
    })),
    places: x.mentions.map((m) => ({ anchor: factAnchor("place", m.start), quote: m.quote, place: placeLabel(m.slug) })),
  };
}
