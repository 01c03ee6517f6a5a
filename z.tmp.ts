import { readFileSync } from "node:fs";
const t = readFileSync("data/articles/003_e04cdcbd535f7dd2.txt","utf8");
const TABLE = new Uint16Array(0x10000); for (let c = 0; c < 0x10000; c++) TABLE[c] = c;
const dec = new TextDecoder("utf-16le");
function loop(original: string, build: number) {
  const n = original.length; const out = new Uint16Array(n); const starts = new Int32Array(n); const ends = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) { const c = TABLE[original.charCodeAt(i)]!; out[k] = c; starts[k] = i; ends[k] = i + 1; k++; }
  if (build === 1) { let s = ""; for (let i = 0; i < k; i += 8192) s += String.fromCharCode(...out.subarray(i, Math.min(k, i + 8192))); return s; }
  if (build === 2) return dec.decode(out.subarray(0, k));
  return "";
}
for (const b of [0, 1, 2]) { const t0 = performance.now(); for (let i = 0; i < 3000; i++) loop(t, b); console.log(b, (performance.now() - t0).toFixed(0)); }
