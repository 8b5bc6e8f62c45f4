import { readFileSync } from "node:fs";
import path from "node:path";
import { japaneseInCode, sourceFiles } from "./support/japanese-in-code";

/**
 * The server's words live in its catalogs (dashboard/server/messages/): a route, storage or
 * report file that writes Japanese inline fails here. Comments may use Japanese terms. Data
 * tables whose rows are labels stay where their data is (the list below).
 */
const SERVER = path.resolve(__dirname, "../../dashboard/server");
const WEB = path.resolve(__dirname, "../../dashboard/web/src");
const DATA_TABLES = new Set([
  // size band and industry labels of the published tables
  "aggregation/labels.ts",
  // the banded distributions' thresholds and their labels
  "aggregation/bands.ts",
  // the spellings of yes and no a CSV cell may use (input vocabulary, not text we show)
  "records/csv-columns.ts",
  // the demo's sample plan items (marked as sample): data policy staff replace
  "annual-report/sample-plan.ts",
]);

describe("server words live in dashboard/server/messages/", () => {
  it("finds Japanese in code, not in comments", () => {
    expect(japaneseInCode('// 取組\nconst a = "ok"; /* 年度 */')).toEqual([]);
    expect(japaneseInCode('const a = "ログインしてください。";')).toEqual([
      "ログインしてください。",
    ]);
    expect(japaneseInCode("const a = `${x}` + `第${n}回`;")).toEqual(["第", "回"]);
    expect(japaneseInCode("const a = `${x}`; // 年度\nconst b = `${y}`;")).toEqual([]);
  });

  it("no route, storage, report or http file writes Japanese outside the catalogs", () => {
    const offenders = sourceFiles(SERVER)
      .filter((file) => !file.startsWith("messages/") && !DATA_TABLES.has(file))
      .filter((file) => japaneseInCode(readFileSync(path.join(SERVER, file), "utf8")).length > 0);
    expect(offenders).toEqual([]);
  });
});

describe("the dashboard pages' words live in dashboard/web/src/i18n/", () => {
  it("finds Japanese in JSX text too", () => {
    expect(japaneseInCode("const a = <p>年度</p>;", "a.tsx")).toEqual(["年度"]);
  });

  it("no page, component or helper writes Japanese outside ja.ts / en.ts", () => {
    const offenders = sourceFiles(WEB)
      .filter((file) => !file.startsWith("i18n/"))
      .filter(
        (file) => japaneseInCode(readFileSync(path.join(WEB, file), "utf8"), file).length > 0,
      );
    expect(offenders).toEqual([]);
  });
});
