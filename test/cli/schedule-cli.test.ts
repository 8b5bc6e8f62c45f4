import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "./run-cli";
import { tempDir } from "./fixtures";

// A made-up FY2026 schedule: the tool must take next year's 募集要項 as data, without a code change.
const FY2026_FILE = join(__dirname, "../fixtures/schedules/fy2026-made-up.json");
const FY2026: unknown = JSON.parse(readFileSync(FY2026_FILE, "utf8"));
const dir = tempDir();

describe("katsuyaku with --schedule", () => {
  it("rounds --schedule F --json prints the table as loaded", () => {
    const result = runCli(["rounds", "--schedule", FY2026_FILE, "--fiscal-year", "2026", "--json"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(FY2026);
  });

  it("rounds defaults to the newest known year and lists its rounds and blackout", () => {
    const result = runCli(["rounds", "--schedule", FY2026_FILE]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "2026年度の申請回（令和8年度 募集要項（テスト用の架空の日程））",
    );
    expect(result.stdout).toContain("第2回 定員60社  申請 2026-11-01〜2027-01-15");
    expect(result.stdout).toContain("専門家派遣なし: 2026-12-29〜2027-01-03");
  });

  it("without a new year's file, says that every FY2025 window has closed", () => {
    // FY2025's last window closed on 2026-04-30; this stays true on any later day.
    const result = runCli(["rounds"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "2025年度（令和7年度）までの申請はすべて締め切られました。新しい年度の募集要項の日程を --schedule で読み込んでください",
    );
  });

  it("a bad file stops the command with the field at fault (exit 2)", () => {
    const bad = structuredClone(FY2026) as { rounds: { periodEnd: string }[] };
    bad.rounds[1]!.periodEnd = "2027-02-30";
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(bad));
    const result = runCli(["rounds", "--schedule", file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`日程ファイル「${file}」に問題があります:`);
    expect(result.stderr).toContain(
      "rounds[1].periodEnd: 日付は YYYY-MM-DD の実在する日で書いてください",
    );
    const english = runCli(["rounds", "--schedule", file, "--lang", "en"]);
    expect(english.stderr).toContain(
      "rounds[1].periodEnd: must be an existing date written YYYY-MM-DD",
    );
  });

  it("a file that is not JSON, or missing, is named", () => {
    const file = join(dir, "not.json");
    writeFileSync(file, "{ fiscalYear: 2026");
    expect(runCli(["rounds", "--schedule", file]).stderr).toContain(
      `日程ファイル「${file}」は JSON として読めません`,
    );
    const missing = runCli([
      "visits",
      "--schedule",
      join(dir, "none.json"),
      "--round",
      "1",
      "--first",
      "2026-08-03",
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("日程ファイル");
  });

  it("visits takes the fiscal year its dates fall in, with that year's blackout", () => {
    // Round 2 of FY2026 runs 2027-03-01 – 2027-08-31; FY2025's round 2 ended long before.
    const result = runCli([
      "visits",
      "--schedule",
      FY2026_FILE,
      "--round",
      "2",
      "--first",
      "2027-03-01",
      "--second",
      "2027-06-01",
      "--json",
    ]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.ok).toBe(true);
    expect(json.earliestSecondVisit).toBe("2027-06-01");
    // FY2026's blackout (12/29–1/3) comes from its file.
    const blackout = runCli([
      "visits",
      "--schedule",
      FY2026_FILE,
      "--fiscal-year",
      "2026",
      "--round",
      "1",
      "--first",
      "2026-12-29",
      "--json",
    ]);
    expect(
      JSON.parse(blackout.stdout)
        .problems.map((p: { ja: string }) => p.ja)
        .join("\n"),
    ).toContain("専門家派遣を行わない期間（2026-12-29～2027-01-03、2026年度の日程）です");
  });

  it("evaluate uses the loaded year's implementation period", () => {
    const demoDir = tempDir();
    expect(runCli(["demo", "--out", demoDir]).status).toBe(0);
    const args = (fy: string) => [
      "evaluate",
      "--schedule",
      FY2026_FILE,
      "--fiscal-year",
      fy,
      "--round",
      "1",
      "--actions",
      "A",
      "--target",
      "A=総合職",
      "--application",
      join(demoDir, "申請時名簿.csv"),
      "--report",
      join(demoDir, "実績報告時名簿.csv"),
      "--json",
    ];
    const fy2026 = JSON.parse(runCli(args("2026")).stdout);
    expect(fy2026.implementationPeriod).toEqual({ start: "2026-08-01", end: "2027-01-31" });
    // The demo's manager was appointed in FY2025's period, so FY2026's round 1 does not count her.
    expect(fy2026.actions.A.achieved).toBe(false);
    const fy2025 = JSON.parse(runCli(args("2025")).stdout);
    expect(fy2025.implementationPeriod).toEqual({ start: "2025-08-01", end: "2026-01-31" });
    expect(fy2025.actions.A.achieved).toBe(true);
  });
});
