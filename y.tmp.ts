import { findRawQuantities } from "./lib/extract/quantities";
import { normalise } from "./lib/extract/normalize";
import { isTrapNumber } from "./lib/extract/traps";
const t = normalise("از نقش سازمان همیاری شهرداریها در پروژهها تا فرصت اقتصادی ۶۰ بقعه مذهبی قم").text;
console.log(JSON.stringify(t), findRawQuantities(t, []));
const i = t.indexOf("60"); console.log(isTrapNumber(t, i, i+2));
