import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import { DEMO_APPLICATION, demoApplicationCells, demoReportCells } from "../../demo/demo-company";
import { langOf, parseCommandArgs, t } from "../args";
import type { CommandOutput } from "../command-output";
import { checkCommand } from "./check";
import { evaluateCommand } from "./evaluate";

/**
 * `demo [--out DIR]`: writes the demo company's two rosters as CSV (UTF-8 with BOM, as
 * Japanese Excel saves them) and runs `check` and `evaluate` on them through the same code a
 * user's files go through, printing the commands so they can be re-run and edited.
 */
export async function demoCommand(argv: string[]): Promise<CommandOutput> {
  const { values } = parseCommandArgs(argv, { out: { type: "string" } });
  const lang = langOf(values.lang);
  const dir = values.out ? resolve(values.out) : await mkdtemp(join(tmpdir(), "katsuyaku-demo-"));
  await mkdir(dir, { recursive: true });
  const applicationFile = join(dir, "申請時名簿.csv");
  const reportFile = join(dir, "実績報告時名簿.csv");
  await writeFile(applicationFile, Papa.BYTE_ORDER_MARK + Papa.unparse(demoApplicationCells()));
  await writeFile(reportFile, Papa.BYTE_ORDER_MARK + Papa.unparse(demoReportCells()));

  const { round, fiscalYear, actions, targets } = DEMO_APPLICATION;
  const langArgs = lang === "en" ? ["--lang", "en"] : [];
  const asOf = "2025-06-30";
  const checkArgs = [applicationFile, "--as-of", asOf, ...langArgs];
  const evaluateArgs = [
    "--round",
    String(round),
    "--fiscal-year",
    String(fiscalYear),
    "--actions",
    actions.join(","),
    ...Object.entries(targets).flatMap(([id, category]) => ["--target", `${id}=${category}`]),
    "--application",
    applicationFile,
    "--report",
    reportFile,
    ...langArgs,
  ];
  const check = await checkCommand(checkArgs);
  const evaluation = await evaluateCommand(evaluateArgs);
  const shown = (args: string[]) => args.map((a) => (/[\s=]/.test(a) ? `"${a}"` : a)).join(" ");
  const banner = t(
    lang,
    `Katsuyaku デモ: 架空の「株式会社デモ」の名簿を ${dir} に書き出し、チェックと判定を実行します。`,
    `Katsuyaku demo: the fictional company's rosters are written to ${dir}, then checked and evaluated.`,
  );
  return {
    stdout: [
      banner,
      "",
      `$ npm run -s katsuyaku -- check ${shown(checkArgs)}`,
      check.stdout,
      "",
      `$ npm run -s katsuyaku -- evaluate ${shown(evaluateArgs)}`,
      evaluation.stdout,
    ].join("\n"),
    exitCode: 0,
  };
}
