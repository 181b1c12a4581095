// Builds a Pagefind bundle from plain records through Pagefind's Node API, for the search
// benchmark (tests/e2e/tests/bench.rs), which runs it as
//   node index.mjs <pagefind's lib/index.js> <records.json> <output dir>
// records.json: [{ "url", "title", "content", "language" }, …] — the texts our own index is
// built from (collection::search::records). Prints one JSON line: { records, words, ms }.

import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";

const [modulePath, recordsPath, outputPath] = process.argv.slice(2);
if (!outputPath) {
  console.error("usage: node index.mjs <pagefind/lib/index.js> <records.json> <output dir>");
  process.exit(2);
}
const pagefind = await import(pathToFileURL(modulePath).href);
const records = JSON.parse(await readFile(recordsPath, "utf8"));

const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (errors.length) throw new Error(`createIndex: ${errors.join("; ")}`);
let words = 0;
for (const r of records) {
  const res = await index.addCustomRecord({
    url: r.url,
    content: r.content,
    language: r.language,
    meta: { title: r.title },
  });
  if (res.errors.length) throw new Error(`addCustomRecord ${r.url}: ${res.errors.join("; ")}`);
  words += res.file.uniqueWords;
}
const written = await index.writeFiles({ outputPath });
if (written.errors.length) throw new Error(`writeFiles: ${written.errors.join("; ")}`);
const ms = performance.now() - started;
await pagefind.close();
console.log(JSON.stringify({ records: records.length, words, ms: Math.round(ms) }));
