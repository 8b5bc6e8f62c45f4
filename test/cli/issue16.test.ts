import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { demoApplicationCells, demoReportCells } from "../../shared/demo/demo-company";
import { row, tempDir, writeCsv } from "./fixtures";
import { runCli } from "./run-cli";

const dir = tempDir();
const applicationCsv = join(dir, "application.csv");
const reportCsv = join(dir, "report.csv");
writeFileSync(applicationCsv, Papa.unparse(demoApplicationCells()));
writeFileSync(reportCsv, Papa.unparse(demoReportCells()));
const BASE = ["--round", "1", "--actions", "A", "--target", "A=総合職"];

function evaluateJson(application: string, report: string) {
  const result = runCli([
    "evaluate",
    ...BASE,
    "--application",
    application,
    "--report",
    report,
    "--json",
  ]);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

describe("katsuyaku and issue 16", () => {
  it("warns ROSTERS_LOOK_SWAPPED when the report roster is given as the application roster", () => {
    expect(evaluateJson(applicationCsv, reportCsv).warnings).toEqual([]);
    const swapped = evaluateJson(reportCsv, applicationCsv);
    expect(swapped.warnings.map((w: { code: string }) => w.code)).toEqual(["ROSTERS_LOOK_SWAPPED"]);
    const named = join(dir, "実績報告時名簿.csv");
    writeFileSync(named, Papa.unparse(demoReportCells()));
    const text = runCli([
      "evaluate",
      ...BASE,
      "--application",
      named,
      "--report",
      applicationCsv,
    ]).stdout;
    expect(text.split("\n")[0]).toContain("⚠ 申請時と実績報告時の名簿が逆に指定されているようです");
    expect(text).toContain("「実績報告時名簿.csv」の名前は実績報告時の名簿を示しています");
  });

  it("groups identical issues: one line with the rows and the count, JSON keeps every row", () => {
    const rows = Array.from({ length: 11 }, (_, i) =>
      row({ 社員番号: `E${i}`, 雇用管理区分: "総合職", 雇用形態: "正規", 職階: "一般" }),
    );
    const file = writeCsv(dir, "eleven.csv", rows);
    const text = runCli(["check", file]).stdout;
    const lines = text.split("\n").filter((l) => l.includes("性別」が空欄"));
    expect(lines).toEqual([
      "  2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 行目（11 件）「性別」: 「性別」が空欄です。この行は集計に使えません。「女性」「男性」のいずれかを入力してください。",
    ]);
    expect(text.split("\n")[0]).toContain("【下書き・未確定】名簿のエラーで 11 行");
    const json = JSON.parse(runCli(["check", file, "--json"]).stdout);
    expect(json.errors).toHaveLength(11);
    expect(json.groups).toEqual([
      expect.objectContaining({
        code: "REQUIRED_MISSING",
        column: "性別",
        count: 11,
        rows: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      }),
    ]);
    expect(json.incomplete.excludedRows).toBe(11);
  });

  it("301 regularly employed: the projection is ¥0 with the eligibility reason first", () => {
    const tokyo = {
      雇用管理区分: "総合職",
      雇用形態: "正規",
      雇用期間: "無期",
      職階: "一般",
      勤務地: "都内",
      雇用保険: "加入",
    };
    const men = Array.from({ length: 300 }, (_, i) =>
      row({ ...tokyo, 社員番号: `M${i}`, 性別: "男性", 研修受講日: "2025-12-10" }),
    );
    const before = writeCsv(dir, "big-before.csv", [
      row({ ...tokyo, 社員番号: "W", 性別: "女性" }),
      ...men,
    ]);
    const after = writeCsv(dir, "big-after.csv", [
      row({
        ...tokyo,
        社員番号: "W",
        性別: "女性",
        職階: "課長級",
        就任日: "2025-10-01",
        研修受講日: "2025-12-10",
      }),
      ...men,
    ]);
    const json = evaluateJson(before, after);
    expect(json.actions.A.achieved).toBe(true);
    expect(json.company).toMatchObject({ regularlyEmployed: 301, eligible: false });
    expect(json.grantYen).toBe(0);
    expect(json.grantStatus).toBe("ineligible");
    expect(json.grantReasons[0]).toContain("支給対象事業者");
  });

  it("a hire the day after the period is not required to train, and the JSON says who", () => {
    const cells = demoReportCells();
    const header = cells[0]!;
    const hired = [...cells[1]!];
    hired[header.indexOf("社員番号")] = "LATE";
    hired[header.indexOf("採用日")] = "2026-02-01";
    hired[header.indexOf("研修受講日")] = "";
    const file = join(dir, "late-hire.csv");
    writeFileSync(file, Papa.unparse([...cells, hired]));
    const json = evaluateJson(applicationCsv, file);
    expect(json.training).toEqual({ complete: true, missing: [], hiredAfterPeriod: ["LATE"] });
  });

  it("the template has the two new columns", () => {
    const header = runCli(["template"])
      .stdout.replace(/^\uFEFF/, "")
      .split(/\r?\n/)[0]!;
    expect(header.split(",").slice(-2)).toEqual(["使用人兼務", "1年以上雇用見込み"]);
  });
});
