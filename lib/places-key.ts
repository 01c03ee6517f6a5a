// THE codec of a figure's joint places (amounts.places_key, quantities.places_key, place_figures,
// the spending chart's row key): the distinct slugs sorted by code unit and joined by ","; the
// empty string means "no place". Everything that writes or reads a key goes through here.

/** Slugs → key: order and repeats do not matter («region-6,region-2» and «region-2,region-6» are one group). */
export function encodePlacesKey(slugs: readonly string[]): string {
  return [...new Set(slugs)].sort().join(",");
}

/** Key → slugs in key order; "" is no place (never [""]). */
export function decodePlacesKey(key: string): string[] {
  return key === "" ? [] : key.split(",").filter((s) => s !== "");
}

/** True when the key names more than one place (a joint figure). */
export function isJointKey(key: string): boolean {
  return decodePlacesKey(key).length > 1;
}
