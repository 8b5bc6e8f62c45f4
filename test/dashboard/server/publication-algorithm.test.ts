import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { PUBLICATION_ALGORITHM } from "../../../dashboard/server/aggregation/load-publication";

/**
 * Published tables are cached in the database under PUBLICATION_ALGORITHM. If the code that
 * computes them changes and the tag does not, every server keeps serving the old tables: after
 * a fix to the suppression, possibly disclosive ones. This test fingerprints that code (the
 * publication's entry point and every project file it imports, comments and layout left out)
 * and holds the fingerprint recorded with the tag in publication-fingerprint.json.
 */
const ROOT = path.resolve(__dirname, "../../..");
const ENTRY = "dashboard/server/aggregation/publication-json.ts";
const RECORD = path.join(__dirname, "publication-fingerprint.json");

/** The entry and the project files it imports, transitively (relative imports only). */
function sourcesOf(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(path.join(ROOT, file), "utf8");
    for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
      if (!imported.fileName.startsWith(".")) continue;
      const base = path.join(path.dirname(file), imported.fileName);
      const target = [`${base}.ts`, path.join(base, "index.ts")].find((f) =>
        existsSync(path.join(ROOT, f)),
      );
      if (target) visit(target.split(path.sep).join("/"));
    }
  };
  visit(entry);
  return [...seen].sort();
}

/** A file's tokens without comments and whitespace: what it does, not how it is laid out. */
function tokensOf(text: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const tokens: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    tokens.push(scanner.getTokenText());
  }
  return tokens.join(" ");
}

function fingerprint(files: readonly string[]): string {
  const hash = createHash("sha256");
  for (const file of files)
    hash.update(`${file}\n${tokensOf(readFileSync(path.join(ROOT, file), "utf8"))}\n`);
  return hash.digest("hex");
}

describe("the publication cache tag follows the code behind the tables", () => {
  const files = sourcesOf(ENTRY);

  it("finds the code behind the tables: roll-up, suppression, labels, the chunk columns", () => {
    for (const file of [
      "dashboard/server/aggregation/build-publication.ts",
      "dashboard/server/aggregation/roll-up.ts",
      "dashboard/server/disclosure/protect.ts",
      "dashboard/server/disclosure/sensitivity.ts",
      "dashboard/server/aggregation/labels.ts",
      "shared/stats/industries.ts",
      "dashboard/server/storage/cell-chunk-columns.ts",
    ]) {
      expect(files).toContain(file);
    }
  });

  it("ignores comments and layout, not code", () => {
    const base = tokensOf("const limit = 3; // fewer than three companies\n");
    expect(tokensOf("/* why */ const limit=3;")).toBe(base);
    expect(tokensOf("const limit = 2;")).not.toBe(base);
  });

  it("has the recorded fingerprint, with a new tag whenever the code changed", () => {
    const recorded = JSON.parse(readFileSync(RECORD, "utf8")) as {
      algorithm: string;
      fingerprint: string;
    };
    const now = { algorithm: PUBLICATION_ALGORITHM, fingerprint: fingerprint(files) };
    if (now.fingerprint !== recorded.fingerprint && now.algorithm === recorded.algorithm) {
      throw new Error(
        "The code behind the published tables changed but PUBLICATION_ALGORITHM did not. Bump it " +
          "in dashboard/server/aggregation/load-publication.ts (cached tables of the old code " +
          `must not be served), then record ${JSON.stringify(now)} in ${path.relative(ROOT, RECORD)}.`,
      );
    }
    expect(now).toEqual(recorded);
  });
});
