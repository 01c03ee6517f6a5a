// THE list of places (DESIGN.md "Places"). Seed, URL parsing, labels, the map and tests all
// import it; nothing else may spell a district name.

export type PlaceKind = "region" | "city" | "province" | "town" | "neighbourhood";

interface PlaceDef {
  readonly slug: string;
  readonly fa: string;
  readonly en: string;
  readonly kind: PlaceKind;
  readonly parent: string | null;
  /** Spellings that name this place in running text (besides `fa`), before normalisation. */
  readonly aliases: readonly string[];
}

export const PLACES = [
  { slug: "province", fa: "استان قم", en: "Qom province", kind: "province", parent: null, aliases: ["استان"] },
  { slug: "city", fa: "شهر قم", en: "Qom city", kind: "city", parent: "province", aliases: ["شهرداری قم", "شهردار قم", "کلانشهر قم", "کلان‌شهر قم"] },
  { slug: "region-1", fa: "منطقه ۱", en: "Region 1", kind: "region", parent: "city", aliases: [] },
  { slug: "region-2", fa: "منطقه ۲", en: "Region 2", kind: "region", parent: "city", aliases: [] },
  { slug: "region-3", fa: "منطقه ۳", en: "Region 3", kind: "region", parent: "city", aliases: [] },
  { slug: "region-4", fa: "منطقه ۴", en: "Region 4", kind: "region", parent: "city", aliases: [] },
  { slug: "region-5", fa: "منطقه ۵", en: "Region 5", kind: "region", parent: "city", aliases: [] },
  { slug: "region-6", fa: "منطقه ۶", en: "Region 6", kind: "region", parent: "city", aliases: [] },
  { slug: "region-7", fa: "منطقه ۷", en: "Region 7", kind: "region", parent: "city", aliases: [] },
  { slug: "region-8", fa: "منطقه ۸", en: "Region 8", kind: "region", parent: "city", aliases: [] },
  { slug: "kahak", fa: "کهک", en: "Kahak", kind: "town", parent: "province", aliases: [] },
  { slug: "jafariyeh", fa: "جعفریه", en: "Jafariyeh", kind: "town", parent: "province", aliases: [] },
  { slug: "qanavat", fa: "قنوات", en: "Qanavat", kind: "town", parent: "province", aliases: [] },
  { slug: "salafchegan", fa: "سلفچگان", en: "Salafchegan", kind: "town", parent: "province", aliases: [] },
  { slug: "dastjerd", fa: "دستجرد", en: "Dastjerd", kind: "town", parent: "province", aliases: [] },
  { slug: "niroogah", fa: "نیروگاه", en: "Niroogah", kind: "neighbourhood", parent: "region-6", aliases: [] },
  { slug: "seyyed-masoum", fa: "سید معصوم", en: "Seyyed Masoum", kind: "neighbourhood", parent: "region-6", aliases: ["سیدمعصوم"] },
  { slug: "pardisan", fa: "پردیسان", en: "Pardisan", kind: "neighbourhood", parent: "region-8", aliases: [] },
  { slug: "jamkaran", fa: "جمکران", en: "Jamkaran", kind: "neighbourhood", parent: "region-5", aliases: [] },
  { slug: "shahrak-khodro", fa: "شهرک خودرو", en: "Shahrak-e Khodro", kind: "neighbourhood", parent: "city", aliases: [] },
  { slug: "shahrak-senf", fa: "شهرک صنوف", en: "Shahrak-e Senf", kind: "neighbourhood", parent: "city", aliases: ["شهرک صنف"] },
] as const satisfies readonly PlaceDef[];

export type PlaceSlug = (typeof PLACES)[number]["slug"];
export type Place = (typeof PLACES)[number];

const BY_SLUG: ReadonlyMap<string, Place> = new Map(PLACES.map((p) => [p.slug, p]));

export const PLACE_SLUGS: readonly PlaceSlug[] = PLACES.map((p) => p.slug);
export const REGION_SLUGS = PLACES.filter((p) => p.kind === "region").map((p) => p.slug);

export function isPlaceSlug(value: unknown): value is PlaceSlug {
  return typeof value === "string" && BY_SLUG.has(value);
}

export function getPlace(slug: string): Place | undefined {
  return BY_SLUG.get(slug);
}

/** Persian label of a slug; unknown slugs come back unchanged so nothing is silently hidden. */
export function placeLabel(slug: string): string {
  return BY_SLUG.get(slug)?.fa ?? slug;
}

/** Label of a joint group of places: «منطقه ۲ و منطقه ۶» style, in list order. */
export function placesLabel(slugs: readonly string[]): string {
  const sorted = sortPlaceSlugs(slugs);
  const regions = sorted.filter((s) => BY_SLUG.get(s)?.kind === "region");
  if (regions.length > 1 && regions.length === sorted.length) {
    const nums = regions.map((s) => placeLabel(s).replace("منطقه ", ""));
    return `مناطق ${joinFa(nums)}`;
  }
  return joinFa(sorted.map(placeLabel));
}

export function joinFa(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join("، ")} و ${parts[parts.length - 1]}`;
}

/** The region a place lies in (itself for a region), or null when unknown. */
export function regionOf(slug: string): PlaceSlug | null {
  const p = BY_SLUG.get(slug);
  if (!p) return null;
  if (p.kind === "region") return p.slug;
  if (p.parent && BY_SLUG.get(p.parent)?.kind === "region") return p.parent as PlaceSlug;
  return null;
}

/** Places inside `slug` (children, recursively), for "everything in region 6" style filters. */
export function descendantsOf(slug: string): PlaceSlug[] {
  const out: PlaceSlug[] = [];
  for (const p of PLACES) {
    let cur: string | null = p.parent;
    while (cur) {
      if (cur === slug) {
        out.push(p.slug);
        break;
      }
      cur = BY_SLUG.get(cur)?.parent ?? null;
    }
  }
  return out;
}

/** Places that contain `slug`, nearest first (niroogah → region-6, city, province). */
export function ancestorsOf(slug: string): PlaceSlug[] {
  const out: PlaceSlug[] = [];
  let cur = BY_SLUG.get(slug)?.parent ?? null;
  while (cur) {
    out.push(cur as PlaceSlug);
    cur = BY_SLUG.get(cur)?.parent ?? null;
  }
  return out;
}

/**
 * What a district filter covers: a region includes the neighbourhoods inside it; «شهر قم» and
 * «استان قم» mean figures reported city-wide or province-wide, not the sum of their parts.
 */
export function filterScopeOf(slug: PlaceSlug): PlaceSlug[] {
  return BY_SLUG.get(slug)?.kind === "region" ? [slug, ...descendantsOf(slug)] : [slug];
}

/** The filters whose scope includes a fact linked to `slug` (the inverse of filterScopeOf). */
export function filtersCovering(slug: string): PlaceSlug[] {
  const region = regionOf(slug);
  if (!isPlaceSlug(slug)) return [];
  return region && region !== slug ? [slug, region] : [slug];
}

const ORDER: ReadonlyMap<string, number> = new Map(PLACES.map((p, i) => [p.slug, i]));

export function sortPlaceSlugs<T extends string>(slugs: readonly T[]): T[] {
  return [...new Set(slugs)].sort((a, b) => (ORDER.get(a) ?? 999) - (ORDER.get(b) ?? 999));
}

export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
  province: "استان",
  city: "کل شهر",
  region: "مناطق شهرداری",
  town: "شهرهای استان",
  neighbourhood: "محله‌ها",
};
