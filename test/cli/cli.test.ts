import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { demoApplicationCells, demoReportCells } from "../../shared/demo/demo-company";
import { statsRecordSchema } from "../../shared/stats/record-schema";
import { HAND_ROSTER, HEADERS, row, tempDir, writeCsv } from "./fixtures";
import { runCli, runNpmCli } from "./run-cli";

const dir = tempDir();
const handCsv = writeCsv(dir, "hand.csv", HAND_ROSTER);
const applicationCsv = join(dir, "application.csv");
const reportCsv = join(dir, "report.csv");
writeFileSync(applicationCsv, Papa.unparse(demoApplicationCells()));
writeFileSync(reportCsv, Papa.unparse(demoReportCells()));
const DEMO_ARGS = [
  "--round",
  "1",
  "--actions",
  "A,B,C,D",
  "--target",
  "A=総合職",
  "--target",
  "B=総合職",
  "--target",
  "C=パートタイマー",
  "--application",
  applicationCsv,
  "--report",
  reportCsv,
];

describe("katsuyaku check", () => {
  it("prints the contract JSON with hand-computed figures, through npm run as the README says", () => {
    const result = runNpmCli(["check", handCsv, "--json", "--as-of", "2025-06-30"]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    // Issue 16 added incomplete (first), groups, regularlyEmployedStatus and officers.
    expect(Object.keys(json)).toEqual([
      "incomplete",
      "rows",
      "errors",
      "warnings",
      "groups",
      "categories",
      "managers",
      "allowanceRecipients",
      "regularlyEmployed",
      "regularlyEmployedStatus",
      "officers",
      "wageGap",
    ]);
    expect(json.incomplete).toBeNull();
    expect(json.rows).toBe(11);
    expect(json.errors).toEqual([]);
    expect(json.categories).toEqual([
      { category: "総合職", total: 5, women: 2, men: 3, femaleRatioPercent: 40, below40: false },
      { category: "技術職", total: 3, women: 1, men: 2, femaleRatioPercent: 33.3, below40: true },
      { category: "パート", total: 2, women: 2, men: 0, femaleRatioPercent: 100, below40: false },
    ]);
    expect(json.managers).toEqual({ women: 1, men: 1 });
    expect(json.allowanceRecipients).toEqual({ women: 1, men: 0 });
    expect(json.regularlyEmployed).toBe(9);
    expect(json.wageGap).toEqual({ all: 54.7, regular: 78.1, nonRegular: null });
    const codes = json.warnings.map((w: { code: string; row: number }) => `${w.code}@${w.row}`);
    expect(codes).toEqual(
      expect.arrayContaining(["MANAGER_WITH_ALLOWANCE@3", "DISPATCHED_EXCLUDED@12"]),
    );
    for (const w of json.warnings)
      expect(Object.keys(w)).toEqual(["row", "column", "code", "message"]);
  });

  it("exits 1 on errors, still printing everything it could compute, each error with row and column", () => {
    const broken = [
      ...HAND_ROSTER,
      row({ 社員番号: "E1", 性別: "X", 雇用管理区分: "総合職", 雇用形態: "正規", 職階: "一般" }),
      row({
        社員番号: "E2",
        性別: "女性",
        雇用管理区分: "総合職",
        雇用形態: "正規",
        職階: "一般",
        採用日: "2025-02-30",
      }),
      row({ 社員番号: "S1", 性別: "男性", 雇用管理区分: "技術職", 雇用形態: "正規", 職階: "一般" }),
      row({
        社員番号: "E3",
        性別: "男性",
        雇用管理区分: "技術職",
        雇用形態: "正規",
        職階: "一般",
        "役職手当（月額）": "-100",
      }),
    ];
    const file = writeCsv(dir, "broken.csv", broken);
    const result = runCli(["check", file, "--json", "--as-of", "2025-06-30"]);
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    const found = json.errors.map(
      (e: { code: string; row: number; column: string }) => `${e.code}@${e.row}:${e.column}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "INVALID_VALUE@13:性別",
        "INVALID_DATE@14:採用日",
        "DUPLICATE_ID@15:社員番号",
        "NEGATIVE_AMOUNT@16:役職手当（月額）",
      ]),
    );
    for (const e of json.errors) expect(e.message).toMatch(/[ぁ-んァ-ン一-龥]/);
    // Row 13 (gender unusable) is left out; rows 14–16 still count: 総合職 gains E2 (a woman), 技術職 gains two men.
    expect(json.rows).toBe(15);
    expect(json.categories[0]).toMatchObject({ category: "総合職", total: 6, women: 3 });
    expect(json.categories[1]).toMatchObject({ category: "技術職", total: 5, women: 1 });
  });

  it("reads a Shift_JIS file with full-width digits and era dates", () => {
    const rows = [
      row({
        社員番号: "Ｋ１",
        氏名: "髙橋 ①子",
        性別: "女",
        雇用管理区分: "ｿｳｺﾞｳｼｮｸ",
        雇用形態: "正社員",
        職階: "係長級",
        "役職手当（月額）": "２０，０００",
        採用日: "令和元年5月1日",
        就任日: "R7.10.1",
      }),
      row({
        社員番号: "Ｋ２",
        性別: "男",
        雇用管理区分: "ｿｳｺﾞｳｼｮｸ",
        雇用形態: "正社員",
        職階: "一般",
        採用日: "平成31年4月30日",
      }),
    ];
    const file = join(dir, "sjis.csv");
    writeFileSync(file, iconv.encode(Papa.unparse([HEADERS, ...rows]), "cp932"));
    const text = runCli(["check", file, "--as-of", "2025-06-30"]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("Shift_JIS");
    const json = JSON.parse(runCli(["check", file, "--json"]).stdout);
    expect(json.categories).toEqual([
      {
        category: "ソウゴウショク",
        total: 2,
        women: 1,
        men: 1,
        femaleRatioPercent: 50,
        below40: false,
      },
    ]);
    expect(json.allowanceRecipients).toEqual({ women: 1, men: 0 });
  });

  it("reads an .xlsx workbook and a named sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("メモ").addRow(["これは名簿ではありません"]);
    const sheet = workbook.addWorksheet("申請時");
    sheet.addRow(HEADERS);
    for (const r of HAND_ROSTER) sheet.addRow(r);
    const file = join(dir, "roster.xlsx");
    await workbook.xlsx.writeFile(file);
    const result = runCli(["check", file, "--sheet", "申請時", "--json", "--as-of", "2025-06-30"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).wageGap).toEqual({
      all: 54.7,
      regular: 78.1,
      nonRegular: null,
    });
    const missingSheet = runCli(["check", file, "--sheet", "ない"]);
    expect(missingSheet.status).toBe(2);
    expect(missingSheet.stderr).toContain("ない");
  });

  it("exits 2 for a missing file or a usage error, saying what is wrong", () => {
    const missing = runCli(["check", join(dir, "nothing.csv")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("nothing.csv");
    expect(runCli(["check"]).status).toBe(2);
    expect(runCli(["check", handCsv, "--no-such-option"]).status).toBe(2);
    expect(runCli(["frobnicate"]).status).toBe(2);
  });
});

describe("katsuyaku evaluate", () => {
  it("judges the demo company: A–D achieved by three different women, training complete, ¥1,000,000", () => {
    const result = runCli(["evaluate", ...DEMO_ARGS, "--json"]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.grantYen).toBe(1_000_000);
    expect(json.training).toEqual({ complete: true, missing: [], hiredAfterPeriod: [] });
    expect(json.actions.A).toMatchObject({
      selected: true,
      eligibleAtApplication: true,
      achieved: true,
      before: 1,
      after: 2,
      evidence: "D006",
    });
    expect(json.actions.B).toMatchObject({
      selected: true,
      achieved: true,
      before: 1,
      after: 2,
      evidence: "D008",
    });
    // D018 could serve B and C; C has nobody else, so the matching gives her to C.
    expect(json.actions.C).toMatchObject({ selected: true, achieved: true, evidence: "D018" });
    expect(json.actions.D).toMatchObject({
      selected: true,
      eligibleAtApplication: true,
      achieved: true,
      before: 0,
      after: 3,
    });
    for (const id of ["A", "B", "C", "D"]) {
      expect(Object.keys(json.actions[id]).sort()).toEqual([
        "achieved",
        "after",
        "before",
        "eligibleAtApplication",
        "evidence",
        "reasons",
        "selected",
      ]);
      expect(json.actions[id].reasons.length).toBeGreaterThan(0);
    }
  });

  it("gives no grant without training and says who is missing", () => {
    const cells = demoReportCells();
    const trainingColumn = cells[0]!.indexOf("研修受講日");
    cells[3]![trainingColumn] = "";
    cells[5]![trainingColumn] = "2026-02-01"; // one day after the period
    const file = join(dir, "untrained.csv");
    writeFileSync(file, Papa.unparse(cells));
    const json = JSON.parse(
      runCli(["evaluate", ...DEMO_ARGS.slice(0, -2), "--report", file, "--json"]).stdout,
    );
    expect(json.training).toEqual({
      complete: false,
      missing: [cells[3]![0], cells[5]![0]],
      hiredAfterPeriod: [],
    });
    expect(json.grantYen).toBe(0);
  });

  it("refuses with exit 2 and the reason on stderr: D alone, an unknown round, an absent category, an unreadable file", () => {
    const dAlone = runCli([
      "evaluate",
      "--round",
      "1",
      "--actions",
      "D",
      "--application",
      applicationCsv,
      "--report",
      reportCsv,
    ]);
    expect(dAlone.status).toBe(2);
    expect(dAlone.stderr).toContain("D のみ");
    const round7 = runCli(["evaluate", ...DEMO_ARGS.map((a) => (a === "1" ? "7" : a))]);
    expect(round7.status).toBe(2);
    expect(round7.stderr).toMatch(/--round|第7回|round/);
    const absent = runCli([
      "evaluate",
      "--round",
      "1",
      "--actions",
      "A",
      "--target",
      "A=研究職",
      "--application",
      applicationCsv,
      "--report",
      reportCsv,
    ]);
    expect(absent.status).toBe(2);
    expect(absent.stderr).toContain("研究職");
    const unreadable = runCli([
      "evaluate",
      "--round",
      "1",
      "--actions",
      "A",
      "--target",
      "A=総合職",
      "--application",
      join(dir, "none.csv"),
      "--report",
      reportCsv,
    ]);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toContain("none.csv");
  });
});

describe("katsuyaku wage-gap and stats", () => {
  it("computes the wage gap with the MHLW notes, the hours option and the exclusions", () => {
    const json = JSON.parse(
      runCli(["wage-gap", handCsv, "--json", "--exclude", "commuting"]).stdout,
    );
    expect([json.all, json.regular, json.nonRegular]).toEqual([54.7, 78.1, null]);
    expect(json.notes.join("\n")).toContain("通勤手当");
    // The structured flag stays inside the core: the CLI still prints plain, marked text.
    expect(json.notes).toContainEqual(
      expect.stringMatching(/^【公表時に注記が必要】賃金から通勤手当/),
    );
    const converted = JSON.parse(
      runCli(["wage-gap", applicationCsv, "--json", "--hours-conversion"]).stdout,
    );
    expect(converted.fullTimeHours).toBe(40);
    expect(converted.notes.join("\n")).toMatch(/換算/);
    expect(runCli(["wage-gap", handCsv, "--exclude", "bonus"]).status).toBe(2);
  });

  it("prints only the anonymized record, valid against the shared schema, with a fresh id each run", () => {
    const first = runCli(["stats", ...DEMO_ARGS, "--industry", "E"]);
    const second = runCli(["stats", ...DEMO_ARGS]);
    expect(first.status).toBe(0);
    const a = statsRecordSchema.parse(JSON.parse(first.stdout));
    const b = statsRecordSchema.parse(JSON.parse(second.stdout));
    expect(a.industry).toBe("E");
    expect(b.industry).toBeNull();
    expect(a.submissionId).not.toBe(b.submissionId);
    expect(a.projectedGrantYen).toBe(1_000_000);
    for (const secret of ["D006", "総合職", "山田", "2025-"])
      expect(first.stdout).not.toContain(secret);
    expect(runCli(["stats", ...DEMO_ARGS, "--industry", "Z"]).status).toBe(2);
  });
});

describe("katsuyaku schedule commands", () => {
  it("checks a visit plan and the withdrawal deadline", () => {
    const ok = JSON.parse(
      runCli([
        "visits",
        "--round",
        "1",
        "--first",
        "2025-08-20",
        "--second",
        "2025-11-04",
        "--json",
      ]).stdout,
    );
    expect(ok.ok).toBe(true);
    expect(ok.earliestSecondVisit).toBe("2025-11-01");
    const holiday = JSON.parse(
      runCli([
        "visits",
        "--round",
        "1",
        "--first",
        "2025-08-20",
        "--second",
        "2025-11-03",
        "--json",
      ]).stdout,
    );
    expect(holiday.ok).toBe(false);
    expect(JSON.stringify(holiday.problems)).toContain("文化の日");
    const withdrawal = JSON.parse(
      runCli(["withdrawal", "--notified", "2025-07-10", "--date", "2025-07-24", "--json"]).stdout,
    );
    expect(withdrawal).toMatchObject({ deadline: "2025-07-23", kind: "cancellation" });
  });
});

describe("katsuyaku on awkward input", () => {
  it("names columns in the JSON by the template header, whatever the sheet wrote", () => {
    const file = join(dir, "spelled.csv");
    writeFileSync(
      file,
      " 社員番号 ,性別,雇用管理区分,雇用形態,職階,入社日\nE1,女,総合職,正規,一般,2025-02-30\n,男,総合職,正規,一般,\n",
    );
    const json = JSON.parse(runCli(["check", file, "--json"]).stdout);
    expect(
      json.errors.map((e: { column: string; code: string }) => `${e.column}:${e.code}`),
    ).toEqual(["採用日:INVALID_DATE", "社員番号:REQUIRED_MISSING"]);
  });

  it("refuses an old .xls or password-protected workbook with exit 2", () => {
    const file = join(dir, "old.xls");
    writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const result = runCli(["check", file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(".xls");
    const english = runCli(["check", file, "--lang=en"]);
    expect(english.stderr).toContain("password-protected");
  });

  it("tells which rows the verdicts leave out, refuses the record then, and still makes one when the wage gap is huge", () => {
    const cells = demoApplicationCells();
    const typeColumn = cells[0]!.indexOf("雇用形態");
    const wageColumn = cells[0]!.indexOf("年間賃金");
    cells[4]![typeColumn] = "正社 員"; // D004, a female manager, becomes unreadable
    cells[8]![wageColumn] = "900,000,000,000"; // D008, one woman paid a fortune
    const file = join(dir, "rejected.csv");
    writeFileSync(file, Papa.unparse(cells));
    const args = DEMO_ARGS.map((a) => (a === applicationCsv ? file : a));
    const json = JSON.parse(runCli(["evaluate", ...args, "--json"]).stdout);
    expect(json.rosters.application.rejectedRows).toEqual([5]);
    // Issue 16 §6: the JSON says first that nothing is final, and how many rows are out.
    expect(Object.keys(json)[0]).toBe("incomplete");
    expect(json.incomplete).toMatchObject({
      excludedRows: 1,
      rosters: [{ roster: "申請時", rows: [5] }],
    });
    const text = runCli(["evaluate", ...args]).stdout;
    expect(text.split("\n")[0]).toContain(
      "【下書き・未確定】名簿のエラーで 1 行（申請時の名簿 5 行目）",
    );
    expect(text).toContain("5 行目は必須項目のエラーのため判定に含まれていません");
    expect(text).toContain("（下書き・未確定）");
    // …and no stats record can be sent (it could before issue 16).
    const refused = runCli(["stats", ...args]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("統計レコードは送れません");
    // A huge wage alone excludes no row, but a wage gap past the record's plausible range
    // (≤ 1,000 %, issue 15) is refused with the figure named, not sent to skew the quantiles.
    const wages = demoApplicationCells();
    wages[8]![wageColumn] = "900,000,000,000";
    const rich = join(dir, "rich.csv");
    writeFileSync(rich, Papa.unparse(wages));
    const record = runCli(["stats", ...DEMO_ARGS.map((a) => (a === reportCsv ? rich : a))]);
    expect(record.status).toBe(2);
    expect(record.stdout).toBe("");
    expect(record.stderr).toMatch(/賃金|wage/);
  });

  it("refuses dates outside 1900–2099 on the command line instead of crashing", () => {
    expect(runCli(["withdrawal", "--notified", "9999-12-31"]).status).toBe(2);
    expect(runCli(["visits", "--round", "1", "--first", "9999-11-15"]).status).toBe(2);
  });
});
