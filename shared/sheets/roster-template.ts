import { COLUMNS } from "../roster/columns";
import { ENUMS, isEnumKey } from "../roster/parse-enums";

/** A column of the template whose cells pick from a closed list. */
export interface TemplateDropDown {
  /** 0-based column in `headers`. */
  columnIndex: number;
  /** The template's canonical spellings, in the order ROSTER-TEMPLATE.md lists them. */
  values: string[];
}

/**
 * The roster template for a new sheet: the headers in template order and, for 性別, 雇用形態,
 * 雇用期間, 職階, 退職金制度, 勤務地 and 雇用保険, the canonical values to offer as drop-downs.
 * Drawn from the parser's own tables, so every value offered parses back.
 */
export function rosterTemplate(): {
  headers: string[];
  dropDowns: TemplateDropDown[];
} {
  const headers = COLUMNS.map((column) => column.header);
  const dropDowns: TemplateDropDown[] = [];
  COLUMNS.forEach((column, columnIndex) => {
    if (isEnumKey(column.key))
      dropDowns.push({ columnIndex, values: ENUMS[column.key].canonical.map((c) => c.ja) });
  });
  return { headers, dropDowns };
}
