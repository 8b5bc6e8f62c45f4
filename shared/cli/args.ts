import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./usage-error";

export type Lang = "ja" | "en";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses a command's arguments strictly, turning every parse failure into a UsageError. */
export function parseCommandArgs<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({
      args: argv,
      options: {
        ...options,
        json: { type: "boolean" },
        lang: { type: "string" },
        help: { type: "boolean" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      `引数を解釈できません: ${detail}`,
      `Cannot parse the arguments: ${detail}`,
    );
  }
}

/** `--lang ja|en`; Japanese is the default. */
export function langOf(value: string | boolean | undefined): Lang {
  if (value === undefined || value === "ja") return "ja";
  if (value === "en") return "en";
  throw new UsageError(
    `--lang は ja か en です（「${String(value)}」）`,
    `--lang must be ja or en (got "${String(value)}")`,
  );
}

/** Picks the message in the user's language. */
export function t(lang: Lang, ja: string, en: string): string {
  return lang === "ja" ? ja : en;
}

/** An integer option within bounds, or a UsageError naming the option. */
export function intOption(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.normalize("NFKC"));
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(
      `--${name} は ${min}〜${max} の整数で指定してください（「${value}」）`,
      `--${name} must be a whole number from ${min} to ${max} (got "${value}")`,
    );
  }
  return n;
}

/** The one roster file a command works on, or a UsageError showing how to call it. */
export function oneRosterFile(positionals: readonly string[], command: string): string {
  if (positionals.length !== 1) {
    throw new UsageError(
      `名簿ファイルを1つ指定してください（例: ${command} 名簿.csv）`,
      `Give one roster file (e.g. ${command} roster.csv)`,
    );
  }
  return positionals[0]!;
}
