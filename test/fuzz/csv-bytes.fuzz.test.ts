import fc from "fast-check";
import iconv from "iconv-lite";
import { readRosterCsv } from "../../shared/roster/read-csv";
import type { RosterReadResult } from "../../shared/roster/read-result";
import { RosterFileError } from "../../shared/roster/roster-file-error";
import { sheet } from "../shared/roster/roster-cells";
import { documentedFileError, expectRejectionsExplained } from "./roster-read-checks";

/**
 * Whole CSV files as bytes: valid rosters in each encoding Japanese offices produce, then the
 * same files spliced, truncated mid-character, with stray BOMs and with parts in another
 * encoding. The reader may only ever throw its documented RosterFileError (which names the
 * problem); everything else must come back as a result whose rejected rows say where and why.
 */
type Encoding = "utf-8" | "utf-8-bom" | "shift_jis" | "utf-16le-bom" | "utf-16le" | "utf-16be-bom";

const NAMES = ["山田 花子", "髙橋 ①", "ｶﾀｶﾅ ﾀﾛｳ", "渡邊 一郎", "Ｏ’Ｂｒｉｅｎ", "斎藤 ～"];

function rosterText(names: string[]): string {
  const cells = sheet(names.map((name) => ({ name })));
  return cells.map((row) => row.map((c) => `"${String(c ?? "")}"`).join(",")).join("\r\n");
}

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "shift_jis":
      return iconv.encode(text, "cp932");
    case "utf-16le":
      return iconv.encode(text, "utf-16le");
    case "utf-16le-bom":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]);
    case "utf-16be-bom":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")]);
  }
}

const encoding = fc.constantFrom<Encoding>(
  "utf-8",
  "utf-8-bom",
  "shift_jis",
  "utf-16le-bom",
  "utf-16le",
  "utf-16be-bom",
);
const names = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 8 });

/** Either a result or the documented error; anything else fails the property. */
function read(bytes: Uint8Array): RosterReadResult | RosterFileError {
  try {
    return readRosterCsv(bytes);
  } catch (error) {
    return documentedFileError(error);
  }
}

function expectExplained(result: RosterReadResult): void {
  expectRejectionsExplained(result);
  for (const issue of result.issues) {
    expect(issue.row).toBeGreaterThanOrEqual(1);
    expect(issue.messageJa.length * issue.messageEn.length).toBeGreaterThan(0);
  }
  // A file that yields nothing at all must say why (missing columns, empty roster, …).
  if (result.workers.length === 0) expect(result.issues.length).toBeGreaterThan(0);
}

describe("fuzz: CSV files as bytes", () => {
  it("the supported encodings read the same workers as UTF-8", () => {
    fc.assert(
      fc.property(
        names,
        fc.constantFrom<Encoding>(
          "utf-8-bom",
          "shift_jis",
          "utf-16le-bom",
          "utf-16le",
          "utf-16be-bom",
        ),
        (ns, enc) => {
          const text = rosterText(ns);
          const reference = readRosterCsv(encode(text, "utf-8"));
          const other = readRosterCsv(encode(text, enc));
          expect(other.workers).toEqual(reference.workers);
          expect(reference.workers.map((w) => w.name)).toEqual(ns);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("spliced, truncated and mixed-encoding files never crash and always explain", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(names, encoding), { minLength: 1, maxLength: 3 }),
        fc.nat(),
        fc.uint8Array({ maxLength: 40 }),
        fc.constantFrom("none", "truncate", "splice", "bom-inside"),
        (parts, cut, noise, damage) => {
          let bytes = Buffer.concat(parts.map(([ns, enc]) => encode(rosterText(ns), enc)));
          const at = bytes.length === 0 ? 0 : cut % bytes.length;
          if (damage === "truncate") bytes = bytes.subarray(0, at);
          if (damage === "splice")
            bytes = Buffer.concat([bytes.subarray(0, at), noise, bytes.subarray(at)]);
          if (damage === "bom-inside")
            bytes = Buffer.concat([
              bytes.subarray(0, at),
              Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0xfe]),
              bytes.subarray(at),
            ]);
          const result = read(bytes);
          if (!(result instanceof RosterFileError)) expectExplained(result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("random bytes with a BOM in front never crash and always explain", () => {
    fc.assert(
      fc.property(
        fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []),
        fc.uint8Array({ maxLength: 2000 }),
        (bom, body) => {
          const result = read(Buffer.concat([Buffer.from(bom), body]));
          if (!(result instanceof RosterFileError)) expectExplained(result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("UTF-16BE (a fuzzing finding, now fixed) reads the same workers, with or without a BOM", () => {
    const text = rosterText(["山田 花子"]);
    const reference = readRosterCsv(encode(text, "utf-8"));
    expect(reference.workers).toHaveLength(1);
    expect(readRosterCsv(encode(text, "utf-16be-bom")).workers).toEqual(reference.workers);
    expect(readRosterCsv(iconv.encode(text, "utf-16be")).workers).toEqual(reference.workers);
  });
});
