// Screenshots of pages at phone (390 px) and desktop (1280 px) width, for looking at what we build:
//   npm run screenshots -- [--base=http://127.0.0.1:3000] [--out=screenshots] [PATH ...]
// (BASE_URL and OUT_DIR work too). Needs a running server; PNGs are named PATH-WIDTH.png.
import fs from "node:fs";
import { chromium } from "@playwright/test";

function option(args: readonly string[], name: string): string | undefined {
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const base = (option(args, "base") ?? process.env.BASE_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
  const given = args.filter((a) => !a.startsWith("--"));
  const paths = given.length ? given : ["/", "/projects", "/map", "/articles", "/about"];
  const out = option(args, "out") ?? process.env.OUT_DIR ?? "screenshots";
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "fa-IR", timezoneId: "Asia/Tehran" });
    for (const p of paths) {
      await page.goto(base + p, { waitUntil: "networkidle" });
      const name = p.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
      const file = `${out}/${name}-${width}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL !== "0" });
      console.log(file);
    }
    await page.close();
  }
  await browser.close();
}

void main();
