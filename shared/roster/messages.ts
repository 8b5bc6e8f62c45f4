import type { CivilDate } from "../dates/civil-date";
import type { ColumnKind } from "./columns";
import { formatEraDate, formatJapaneseDate } from "./japanese-era";
import type { DateProblem } from "./parse-date";
import { ENUMS, type CanonicalValue, type EnumKey } from "./parse-enums";
import { MAX_WEEKLY_HOURS, UNUSUAL_WEEKLY_HOURS, type NumberProblem } from "./parse-number";

/**
 * The bilingual message catalogue. Messages name the column and quote the value but not the
 * row: the issue carries the row, and leaving it out lets one text serve every row with the
 * same bad value. They never quote 氏名.
 */
export interface IssueText {
  messageJa: string;
  messageEn: string;
  fixJa?: string;
  fixEn?: string;
}

const MAX_QUOTED = 40;

/** A cell value short enough to quote in a sentence. */
export function quoted(value: string): string {
  return value.length <= MAX_QUOTED ? value : `${value.slice(0, MAX_QUOTED)}…`;
}

/** Excel's column letters (0 → A, 26 → AA), how users find a column. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function yen(amount: number): string {
  return amount.toLocaleString("en-US");
}

function oneOf(values: readonly CanonicalValue[]): { ja: string; en: string } {
  return {
    ja: `${values.map((v) => `「${v.ja}」`).join("")}のいずれかを入力してください。`,
    en: `Enter one of: ${values.map((v) => `${v.ja} (${v.en})`).join(", ")}.`,
  };
}

const DATE_EXAMPLES_JA = "2025/10/1、2025年10月1日、令和7年10月1日 のように入力してください。";
const DATE_EXAMPLES_EN = "Enter a date such as 2025/10/1, 2025年10月1日 or 令和7年10月1日.";

// ── header and sheet ────────────────────────────────────────────────────────────────────

export function missingColumn(header: string, headerRow: number): IssueText {
  return {
    messageJa: `必須の列「${header}」がありません。`,
    messageEn: `The required column "${header}" is missing.`,
    fixJa: `${headerRow}行目（見出し行）に「${header}」の列を追加してください。`,
    fixEn: `Add a column headed "${header}" to row ${headerRow} (the header row).`,
  };
}

export function duplicateColumn(header: string, firstIndex: number): IssueText {
  const first = columnLetter(firstIndex);
  return {
    messageJa: `列「${header}」は${first}列と同じ項目です。${first}列の値を使い、この列は読みません。`,
    messageEn: `Column "${header}" repeats column ${first}; column ${first} is used and this one is ignored.`,
    fixJa: "どちらかの列を削除するか、見出しを直してください。",
    fixEn: "Delete one of the two columns or correct its header.",
  };
}

export function emptyRoster(hasHeader: boolean): IssueText {
  return {
    messageJa: hasHeader
      ? "名簿に従業員の行がありません。"
      : "名簿が空です（見出し行がありません）。",
    messageEn: hasHeader
      ? "The roster has no worker rows."
      : "The roster is empty (no header row).",
    fixJa: "1行目に見出し、2行目から従業員を1人1行で入力してください。",
    fixEn: "Put the headers in row 1 and one worker per row from row 2.",
  };
}

// ── one cell ────────────────────────────────────────────────────────────────────────────

export function requiredMissing(header: string, key: string): IssueText {
  const values = key in ENUMS ? oneOf(ENUMS[key as EnumKey].canonical) : undefined;
  return {
    messageJa: `「${header}」が空欄です。この行は集計に使えません。`,
    messageEn: `"${header}" is empty; this row cannot be counted.`,
    fixJa: values?.ja ?? "値を入力してください。",
    fixEn: values?.en ?? "Enter a value.",
  };
}

export function invalidEnum(header: string, value: string, key: EnumKey): IssueText {
  const values = oneOf(ENUMS[key].canonical);
  return {
    messageJa: `「${header}」の値「${quoted(value)}」は使えません。`,
    messageEn: `"${quoted(value)}" is not an accepted value for "${header}".`,
    fixJa: values.ja,
    fixEn: values.en,
  };
}

export function dateProblem(header: string, value: string, problem: DateProblem): IssueText {
  const v = quoted(value);
  switch (problem.reason) {
    case "outsideEra": {
      const right = formatEraDate(problem.date) ?? formatJapaneseDate(problem.date);
      const day = formatJapaneseDate(problem.date);
      return {
        messageJa: `「${header}」の値「${v}」は${problem.eraName}の期間外の日付です。`,
        messageEn: `"${v}" in "${header}" is outside the ${problem.eraName} era.`,
        fixJa: `${day}であれば「${right}」と入力してください。`,
        fixEn: `If you mean ${problem.date}, enter 「${right}」 (or ${problem.date}).`,
      };
    }
    case "fictitiousLeapDay":
      return {
        messageJa: `「${header}」の値「${v}」はExcelのシリアル値60、存在しない1900年2月29日です。`,
        messageEn: `"${v}" in "${header}" is Excel serial 60, the non-existent 1900-02-29.`,
        fixJa: DATE_EXAMPLES_JA,
        fixEn: DATE_EXAMPLES_EN,
      };
    case "impossible":
      return {
        messageJa: `「${header}」の値「${v}」は存在しない日付です。`,
        messageEn: `"${v}" in "${header}" is not a real date.`,
        fixJa: "年・月・日を確かめてください。",
        fixEn: "Check the year, month and day.",
      };
    case "serialOutOfRange":
    case "unreadable":
      return {
        messageJa: `「${header}」の値「${v}」は日付として読めません。`,
        messageEn: `"${v}" in "${header}" cannot be read as a date.`,
        fixJa: DATE_EXAMPLES_JA,
        fixEn: DATE_EXAMPLES_EN,
      };
  }
}

export function numberProblem(
  header: string,
  value: string,
  kind: ColumnKind,
  problem: NumberProblem,
): IssueText {
  const v = quoted(value);
  const hours = kind === "hours";
  switch (problem.reason) {
    case "notANumber":
      return {
        messageJa: `「${header}」の値「${v}」は数値として読めません。`,
        messageEn: `"${v}" in "${header}" is not a number.`,
        fixJa: hours
          ? "時間数を数値で入力してください（例: 40、37.5）。"
          : "円単位の整数を入力してください（例: 20000、20,000）。",
        fixEn: hours
          ? "Enter the hours as a number (e.g. 40 or 37.5)."
          : "Enter whole yen (e.g. 20000 or 20,000).",
      };
    case "negative":
      return {
        messageJa: `「${header}」の値「${v}」がマイナスです。`,
        messageEn: `"${v}" in "${header}" is negative.`,
        fixJa: "0以上の金額を入力してください。",
        fixEn: "Enter an amount of 0 or more.",
      };
    case "fraction":
      return {
        messageJa: `「${header}」の値「${v}」に1円未満の端数があります。`,
        messageEn: `"${v}" in "${header}" has a fraction of a yen.`,
        fixJa: "円単位の整数にしてください。",
        fixEn: "Round it to whole yen.",
      };
    case "tooLarge":
    case "notPositive":
      return hours
        ? {
            messageJa: `「${header}」の値「${v}」は週の所定労働時間としてあり得ません。`,
            messageEn: `"${v}" in "${header}" cannot be a weekly schedule.`,
            fixJa: `0より大きく${MAX_WEEKLY_HOURS}以下の時間数を入力してください。`,
            fixEn: `Enter hours above 0 and at most ${MAX_WEEKLY_HOURS}.`,
          }
        : {
            messageJa: `「${header}」の値「${v}」は金額として大きすぎます。`,
            messageEn: `"${v}" in "${header}" is too large for an amount.`,
            fixJa: "円単位の金額を確かめてください。",
            fixEn: "Check the amount in yen.",
          };
  }
}

export function booleanInColumn(
  header: string,
  value: string,
  kind: ColumnKind,
  key: string,
): IssueText {
  if (kind === "enum") return invalidEnum(header, value, key as EnumKey);
  if (kind === "date") return dateProblem(header, value, { reason: "unreadable" });
  return numberProblem(header, value, kind, { reason: "notANumber" });
}

// ── one row ─────────────────────────────────────────────────────────────────────────────

export function duplicateId(id: string, firstRow: number): IssueText {
  return {
    messageJa: `社員番号「${quoted(id)}」は${firstRow}行目と重複しています。`,
    messageEn: `Employee ID "${quoted(id)}" is already used in row ${firstRow}.`,
    fixJa: "1人に1つの社員番号を、重複しないように入力してください。",
    fixEn: "Give each worker their own employee ID.",
  };
}

export function managerWithAllowance(grade: CanonicalValue, amount: number): IssueText {
  return {
    messageJa: `${grade.ja}（管理職）に役職手当${yen(amount)}円が入力されています。管理職手当は本奨励金の役職手当に当たりません。`,
    messageEn: `A ${grade.en} manager has a position allowance of ¥${yen(amount)}; a manager allowance is not a position allowance for this grant.`,
    fixJa: "管理職手当であれば「役職手当（月額）」を空欄か0にしてください。",
    fixEn: "If it is a manager allowance, leave 役職手当（月額） empty or 0.",
  };
}

export function nonHolderWithAllowance(grade: CanonicalValue, amount: number): IssueText {
  return {
    messageJa: `職階「${grade.ja}」の従業員に役職手当${yen(amount)}円が入力されています。役職手当は管理職でない役職者（係長級など）への月額手当です。`,
    messageEn: `A worker of grade ${grade.ja} (${grade.en}) has a position allowance of ¥${yen(amount)}; it is meant for non-manager position holders (e.g. 係長級).`,
    fixJa: "職階と役職手当を確かめてください。",
    fixEn: "Check the grade and the allowance.",
  };
}

export const DISPATCHED_EXCLUDED: IssueText = {
  messageJa: "派遣労働者は派遣元の従業員のため、すべての集計から除外します。",
  messageEn: "Dispatched workers are employed by their agency and are excluded from every count.",
};

export const OFFICER_EXCLUDED: IssueText = {
  messageJa:
    "役員は労働者ではないため、役員の女性比率にだけ数え、雇用管理区分の比率・常時雇用する労働者数・賃金の差異・研修の対象から除外します。",
  messageEn:
    "Officers are not workers (労働者): they count for the officer ratio only and are left out of category ratios, the regularly-employed count, the wage gap and training.",
  fixJa: "使用人兼務役員であれば「使用人兼務」列に「はい」と入力してください。",
  fixEn:
    "For an officer who is also an employee (使用人兼務役員), enter はい in the 使用人兼務 column.",
};

/** Rows shown in one grouped message: "2, 4, 5 行目" / "rows 2, 4, 5", long lists cut short. */
export function rowList(rows: readonly number[], max = 20): { ja: string; en: string } {
  const shown = rows.slice(0, max).join(", ");
  if (rows.length <= max) return { ja: `${shown} 行目`, en: `rows ${shown}` };
  const rest = rows.length - max;
  return { ja: `${shown} 行目ほか ${rest} 行`, en: `rows ${shown} and ${rest} more` };
}

export function blankGradeText(rows: readonly number[]): IssueText {
  const list = rowList(rows);
  return {
    messageJa: `職階が空欄の ${rows.length} 行（${list.ja}）を「一般」として扱います。`,
    messageEn: `${rows.length} row(s) with a blank grade (${list.en}) are read as 一般 (no position).`,
    fixJa: "役員・部長級・課長級・係長級の人がいれば、職階を入力してください。",
    fixEn:
      "Enter the grade of any officer, director, section chief or subsection chief among them.",
  };
}

export function applicationRowExcluded(id: string, applicationRow: number): IssueText {
  return {
    messageJa: `社員番号「${quoted(id)}」は申請時の名簿の ${applicationRow} 行目にありますが、その行にエラーがあるため判定に含まれていません（申請後の入社ではありません）。`,
    messageEn: `Employee ID "${quoted(id)}" is on row ${applicationRow} of the application roster, but that row has an error and is left out (not a new hire).`,
    fixJa: `申請時の名簿の ${applicationRow} 行目のエラーを直してください。`,
    fixEn: `Fix the error on row ${applicationRow} of the application roster.`,
  };
}

export function beforeHired(
  what: "appointment" | "training",
  date: CivilDate,
  hired: CivilDate,
): IssueText {
  const ja = what === "appointment" ? "就任日" : "研修受講日";
  const en = what === "appointment" ? "appointment date" : "training date";
  return {
    messageJa: `${ja}（${date}）が採用日（${hired}）より前です。`,
    messageEn: `The ${en} (${date}) is before the hire date (${hired}).`,
    fixJa: `${ja}と採用日を確かめてください。`,
    fixEn: `Check the ${en} and the hire date.`,
  };
}

export function unusualHours(hours: number): IssueText {
  return {
    messageJa: `週所定労働時間が${hours}時間です（${UNUSUAL_WEEKLY_HOURS}時間超）。`,
    messageEn: `The weekly schedule is ${hours} hours (over ${UNUSUAL_WEEKLY_HOURS}).`,
    fixJa: "残業を含まない週の所定労働時間か確かめてください。",
    fixEn: "Check that it is the contractual weekly hours, without overtime.",
  };
}

export const ZERO_WAGE: IssueText = {
  messageJa: "年間賃金が0円です。",
  messageEn: "The annual wage is ¥0.",
  fixJa: "年度中に賃金の支払いがなかったのでなければ、金額を確かめてください。",
  fixEn: "Unless nothing was paid during the year, check the amount.",
};

// ── two snapshots ───────────────────────────────────────────────────────────────────────

/**
 * `lookalike`: an application-roster ID equal to this one but for leading zeros — what Excel
 * does to "0012" typed into a number-formatted cell. The fix then says so.
 */
export function newHireAtReport(id: string, lookalike?: string): IssueText {
  const text: IssueText = {
    messageJa: `社員番号「${quoted(id)}」は申請時の名簿にありません（申請後の入社として扱います）。`,
    messageEn: `Employee ID "${quoted(id)}" is not in the application roster (treated as hired since).`,
    fixJa: "申請時からいる従業員であれば、両方の名簿の社員番号をそろえてください。",
    fixEn: "If the worker was already employed, use the same employee ID in both rosters.",
  };
  if (lookalike === undefined) return text;
  return {
    ...text,
    fixJa: `申請時の名簿には先頭の0だけが違う「${quoted(lookalike)}」があります。Excel が社員番号を数値に変えた可能性があります。社員番号の列を文字列の書式にして、両方の名簿でそろえてください。`,
    fixEn: `The application roster has "${quoted(lookalike)}", which differs only in leading zeros: Excel may have turned the ID into a number. Format the ID column as text and use the same IDs in both rosters.`,
  };
}

export function leftBeforeReport(
  id: string,
  applicationRow: number,
  reportHasRejectedRows: boolean,
): IssueText {
  return {
    messageJa:
      `申請時の名簿${applicationRow}行目の社員番号「${quoted(id)}」が実績報告時の名簿にありません（退職などとして扱います）。` +
      (reportHasRejectedRows ? "実績報告時の名簿にエラーで読めなかった行があります。" : ""),
    messageEn:
      `Employee ID "${quoted(id)}" (row ${applicationRow} of the application roster) is not in the report roster (treated as having left).` +
      (reportHasRejectedRows
        ? " Some rows of the report roster could not be read because of errors."
        : ""),
    fixJa: "在籍している従業員であれば、実績報告時の名簿に同じ社員番号で入力してください。",
    fixEn:
      "If the worker is still employed, add them to the report roster with the same employee ID.",
  };
}

export function genderChanged(
  id: string,
  before: CanonicalValue,
  after: CanonicalValue,
): IssueText {
  return {
    messageJa: `社員番号「${quoted(id)}」の性別が申請時（${before.ja}）と実績報告時（${after.ja}）で異なります。`,
    messageEn: `Employee ID "${quoted(id)}" is ${before.en} in the application roster and ${after.en} in the report roster.`,
    fixJa: "どちらかの名簿の入力誤りでないか確かめてください。",
    fixEn: "Check both rosters for a typo.",
  };
}
