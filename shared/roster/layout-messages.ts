import { columnLetter, type IssueText } from "./messages";

/** Messages about the sheet's layout rather than one value: unknown columns, stray cells, broken CSV. */

export function unknownColumn(header: string, resembles: string | undefined): IssueText {
  if (resembles !== undefined) {
    return {
      messageJa: `列「${header}」はテンプレートの見出しと一致しないため読み込んでいません。「${resembles}」のつもりであれば、この列の値は使われていません。`,
      messageEn: `The column "${header}" does not match a template header and is not read. If it is meant to be "${resembles}", its values are being ignored.`,
      fixJa: `見出しを「${resembles}」に直してください。`,
      fixEn: `Rename the header to "${resembles}".`,
    };
  }
  return {
    messageJa: `列「${header}」はテンプレートにない列のため、読み飛ばします。`,
    messageEn: `The column "${header}" is not in the template and is ignored.`,
  };
}

export function extraCells(index: number, value: string): IssueText {
  return {
    messageJa: `${columnLetter(index)}列に見出しのない値「${value}」があります。値の区切りがずれている可能性があります（「4,000,000」のようにカンマを含む値が引用符で囲まれていないなど）。`,
    messageEn: `Column ${columnLetter(index)} holds "${value}" under no header: the values may be shifted (for example an unquoted "4,000,000").`,
    fixJa: 'カンマを含む値は「"」で囲むか、カンマを除いて入力してください。',
    fixEn: "Quote values that contain commas, or leave the commas out.",
  };
}

export function malformedCsv(detail: string): IssueText {
  return {
    messageJa: `CSV の形式が壊れています（${detail}）。この行以降が正しく読めていない可能性があります。`,
    messageEn: `The CSV is malformed (${detail}); this row and the ones after it may not be read correctly.`,
    fixJa: '「"」で始まる値が「"」で閉じられているか確認してください。',
    fixEn: 'Check that every value opened with " is closed with ".',
  };
}

export function implausibleDate(date: string): IssueText {
  return {
    messageJa: `日付が ${date} と読めました。1920年より前の日付のため、数字だけ（Excel のシリアル値として読まれます）を入力していないか確認してください。`,
    messageEn: `The date reads as ${date}. Being before 1920, it may be a plain number read as an Excel serial.`,
    fixJa: "2025/10/1 や 令和7年10月1日 のように年月日で入力してください。",
    fixEn: "Enter it as a full date, such as 2025-10-01.",
  };
}
