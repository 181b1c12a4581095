// Sizes for the search benchmark (tests/e2e/tests/bench.rs): for each path listed (one a line)
// in the file given, prints the file's raw size and its size in brotli at quality 11 with a
// 4 MiB window, as `cargo xtask build` compresses dist/ — one JSON array of {raw, br}.

import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const list = process.argv[2];
if (!list) {
  console.error("usage: node sizes.mjs <file listing one path a line>");
  process.exit(2);
}
const paths = readFileSync(list, "utf8").split("\n").filter(Boolean);
const sizes = paths.map((p) => {
  const bytes = readFileSync(p);
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 22,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  return { raw: bytes.length, br: br.length };
});
console.log(JSON.stringify(sizes));
