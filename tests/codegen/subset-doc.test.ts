// codegen/SUBSET.md is built from codegen/doc/SUBSET.src.md by running the generator on every
// example: it must be exactly what the generator says today. After a change to the generator,
// `npm run doc` rewrites it (review the diff).

import { describe, it, expect } from "vitest";
import * as fs from "node:fs";
import { buildSubsetDoc, SUBSET_DOC } from "../../codegen/doc/build-subset-doc.js";

describe("codegen/SUBSET.md", () => {
  it("shows, for every example, the C or the errors the generator gives now", () => {
    const doc = buildSubsetDoc();
    expect(doc.failures).toEqual([]);
    expect(doc.examples).toBeGreaterThan(50);
    expect(fs.readFileSync(SUBSET_DOC, "utf8") === doc.text, "SUBSET.md is stale: run npm run doc").toBe(true);
  }, 120_000);
});
