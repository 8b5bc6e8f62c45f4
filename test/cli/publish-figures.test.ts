import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { demoApplicationCells, demoReportCells } from "../../shared/demo/demo-company";
import { row, tempDir, writeCsv } from "./fixtures";
import { runCli } from "./run-cli";

const dir = tempDir();
const r = (id: string, gender: string, grade: string, extra: Record<string, string> = {}) =>
  row({
    社員番号: id,
    性別: gender,
    雇用管理区分: "総合職",
    雇用形態: "正規",
    職階: grade,
    ...extra,
  });

describe("katsuyaku publish-figures", () => {
  it("prints the MHLW database items of the demo report roster under the issue's JSON keys", () => {
    const file = writeCsv(dir, "demo.csv", demoReportCells().slice(1));
    const out = runCli(["publish-figures", file, "--as-of", "2026-01-31", "--json"]);
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout);
    // 24 counted (D024 dispatched), 11 women → 45.83… → 45.8; 係長級 D005 (m), D008, D018 → 66.7;
    // managers D002, D003 (m), D004, D006 → 50.0; the one officer D001 is a man → 0.0.
    expect(json).toMatchObject({
      asOf: "2026-01-31",
      femaleWorkerRatioPercent: 45.8,
      femaleSectionChiefRatioPercent: 66.7,
      femaleManagerRatioPercent: 50,
      femaleOfficerRatioPercent: 0,
      wageGap: { all: 76.7, regular: 70, nonRegular: 116.2 },
    });
    expect(json.femaleWorkerRatioByCategory[0]).toEqual({ category: "総合職", percent: 33.3 });
    expect(json.averageTenureYears.female).toEqual(expect.any(Number));
    expect(json.notes.wageGap.join()).toContain("小数点第2位を四捨五入");
  });

  it("gives null with the reason for a roster without 採用日 and without officers", () => {
    const file = writeCsv(dir, "plain.csv", [
      r("1", "女性", "課長級"),
      r("2", "男性", "課長級"),
      r("3", "男性", "一般"),
    ]);
    const json = JSON.parse(
      runCli(["publish-figures", file, "--as-of", "2025-10-01", "--json"]).stdout,
    );
    expect(json.femaleWorkerRatioPercent).toBe(33.3);
    expect(json.femaleManagerRatioPercent).toBe(50);
    expect(json.femaleOfficerRatioPercent).toBeNull();
    expect(json.reasons.femaleOfficerRatioPercent).toContain("役員がいない");
    expect(json.averageTenureYears).toEqual({ female: null, male: null });
    expect(json.reasons["averageTenureYears.female"]).toContain("採用日");
    expect(json.wageGap.all).toBeNull();
  });

  it("explains the gap by grade in plain Japanese with --explain, in both commands", () => {
    // 部長級: 3 men at 10M; 一般: 3 women at 4M, 3 men at 5M → 53.3, with men's mix 80.0, 26.7 points.
    const rows = [
      ...["a", "b", "c"].map((id) => r(`D${id}`, "男性", "部長級", { 年間賃金: "10000000" })),
      ...["a", "b", "c"].map((id) => r(`W${id}`, "女性", "一般", { 年間賃金: "4000000" })),
      ...["a", "b", "c"].map((id) => r(`M${id}`, "男性", "一般", { 年間賃金: "5000000" })),
    ];
    const file = writeCsv(dir, "mix.csv", rows);
    const sentence = "差異 53.3 のうち、職階の構成の違いで説明できるのは約 26.7 ポイント";
    const pub = runCli(["publish-figures", file, "--as-of", "2025-10-01", "--explain"]);
    expect(pub.stdout).toContain(sentence);
    expect(pub.stdout).toContain("部長級: —（女性 0 人・男性 3 人）");
    const gap = runCli(["wage-gap", file, "--explain"]);
    expect(gap.status).toBe(0);
    expect(gap.stdout).toContain(sentence);
    const json = JSON.parse(runCli(["wage-gap", file, "--explain", "--json"]).stdout);
    expect(json.breakdown.gradeMix.explainedPoints).toBe(26.7);
  });

  it("refuses an unreadable --as-of with exit 2", () => {
    const file = writeCsv(dir, "one.csv", [r("1", "女性", "一般")]);
    const out = runCli(["publish-figures", file, "--as-of", "someday"]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("--as-of");
  });
});

describe("katsuyaku documents", () => {
  it("prints the plan draft and the 様式第9号 text of the demo and writes the .docx", async () => {
    const application = writeCsv(dir, "app.csv", demoApplicationCells().slice(1));
    const report = writeCsv(dir, "report.csv", demoReportCells().slice(1));
    const docx = join(dir, "plan.docx");
    const out = runCli([
      "documents",
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
      application,
      "--report",
      report,
      "--docx",
      docx,
    ]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(
      "目標（取組A）: 2026年1月31日までに、女性管理職を 1 人から 2 人以上に増やす",
    );
    expect(out.stdout).toContain("・2025年9月1日\u3000取組B:");
    expect(out.stdout).not.toMatch(/伊藤|D006/);
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("東京労働局に届け出");
  });
});
