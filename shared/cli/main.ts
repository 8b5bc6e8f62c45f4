/**
 * The Katsuyaku command line: `npm run -s katsuyaku -- <command> …`. The only part of
 * shared/ that touches Node (files, stdout, exit codes); every rule it prints comes from the
 * pure domain core, the same code the add-in and the dashboard run.
 */
import type { CommandOutput } from "./command-output";
import { UsageError } from "./usage-error";

type Command = (argv: string[]) => CommandOutput | Promise<CommandOutput>;

// Each command is loaded when it runs: `check` then never pays for zod, the holiday table or
// ExcelJS at start-up (the bundle evaluates a module only when it is imported).
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import("./commands/check")).checkCommand,
  evaluate: async () => (await import("./commands/evaluate")).evaluateCommand,
  "wage-gap": async () => (await import("./commands/wage-gap")).wageGapCommand,
  "publish-figures": async () => (await import("./commands/publish-figures")).publishFiguresCommand,
  documents: async () => (await import("./commands/documents")).documentsCommand,
  stats: async () => (await import("./commands/stats")).statsCommand,
  visits: async () => (await import("./commands/visits")).visitsCommand,
  withdrawal: async () => (await import("./commands/withdrawal")).withdrawalCommand,
  rounds: async () => (await import("./commands/rounds")).roundsCommand,
  template: async () => (await import("./commands/template")).templateCommand,
  demo: async () => (await import("./commands/demo")).demoCommand,
};

const HELP = `Katsuyaku（活躍）— 男女間賃金格差改善促進奨励金のための名簿チェックと判定

使い方: npm run -s katsuyaku -- <コマンド> [オプション]

  check <名簿.csv|名簿.xlsx> [--sheet 名前] [--as-of 日付]   名簿をチェック（終了コード 0: エラーなし, 1: エラーあり, 2: 使い方の誤り）
  evaluate --round N [--fiscal-year 2025] --actions A,B,C,D --target A=区分 [--target B=区分 --target C=区分]
           --application 申請時名簿 --report 実績報告時名簿 [--application-date 日付] [--without-plan]
                                                              取組 A〜D・研修・見込額を判定（0: 判定済み, 2: 受け付けられない申請）
  wage-gap <名簿> [--hours-conversion] [--full-time-hours 40] [--exclude commuting,retirement]
                                                              男女の賃金の差異（厚生労働省の方法。--explain [--as-of 日付] で職階別・勤続年数別）
  publish-figures <名簿> [--as-of 日付] [--explain]            女性の活躍推進企業データベースに公表する数値
  documents <evaluate と同じ引数> [--docx 計画.docx]         一般事業主行動計画（案）と様式第9号の記載内容
  stats <evaluate と同じ引数> [--industry A〜T]              財団向け匿名統計レコード（JSON）
  visits --round N --first 日付 [--second 日付]               専門家派遣日の確認
  withdrawal --notified 日付 [--date 日付]                    支給申請撤回の期限
  rounds [--fiscal-year 2025]                                 申請回の日程（--json で日程ファイルの形）
  template                                                    名簿テンプレート（見出し行の CSV）
  demo [--out フォルダ]                                       デモデータでチェックと判定を実行

日程: evaluate・stats・visits・withdrawal・rounds は --schedule 日程.json（複数可、年度ごとの募集要項の日程）と
      --fiscal-year N（省略時は日付の属する年度）を受け付けます。令和7年度の日程は同梱しています。
共通: --json（機械向け JSON） --lang en（英語） --help`;

async function run(argv: string[]): Promise<CommandOutput> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h")
    return { stdout: HELP, exitCode: 0 };
  const load = COMMANDS[name];
  if (!load) {
    throw new UsageError(
      `不明なコマンド「${name}」です。--help で一覧を表示します。`,
      `Unknown command "${name}"; --help lists them.`,
    );
  }
  if (rest.includes("--help")) return { stdout: HELP, exitCode: 0 };
  const command = await load();
  return command(rest);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const english = argv.some(
    (a, i) => a === "--lang=en" || (a === "en" && argv[i - 1] === "--lang"),
  );
  let output: CommandOutput;
  try {
    output = await run(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      output = { stdout: "", stderr: english ? error.messageEn : error.messageJa, exitCode: 2 };
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      output = {
        stdout: "",
        stderr: `予期しないエラーが発生しました / Unexpected error:\n${detail}`,
        exitCode: 3,
      };
    }
  }
  if (output.stdout !== "") process.stdout.write(output.stdout + "\n");
  if (output.stderr) process.stderr.write(output.stderr + "\n");
  process.exitCode = output.exitCode;
}

void main();
