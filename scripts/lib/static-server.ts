// The physical limit for serving a page here: a bare Node http server answering from memory with
// the saved bytes of each page. bench:http measures our servers against it.
//   tsx scripts/lib/static-server.ts DIR PORT    (DIR holds manifest.json: { "<url>": "<file>" })
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

export interface StaticPage {
  body: Buffer;
  contentType: string;
}

function createStaticServer(pages: ReadonlyMap<string, StaticPage>): http.Server {
  return http.createServer((req, res) => {
    const page = pages.get(req.url ?? "");
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain" });
      return void res.end("not found");
    }
    res.writeHead(200, { "content-type": page.contentType, "content-length": page.body.length });
    res.end(page.body);
  });
}

function loadPages(dir: string): Map<string, StaticPage> {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as Record<string, string>;
  return new Map(
    Object.entries(manifest).map(([url, file]) => [url, { body: fs.readFileSync(path.join(dir, file)), contentType: "text/html; charset=utf-8" }]),
  );
}

if (require.main === module) {
  const [dir, port] = process.argv.slice(2);
  if (!dir || !port) {
    console.error("usage: tsx scripts/lib/static-server.ts DIR PORT");
    process.exit(2);
  }
  const pages = loadPages(dir);
  const server = createStaticServer(pages).listen(Number(port), "127.0.0.1", () => {
    console.log(`static server ready on http://127.0.0.1:${port} (${pages.size} pages from ${dir})`);
  });
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}
