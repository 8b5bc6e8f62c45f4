import { COLUMNS } from "../../../shared/roster/columns";
import { parseRoster } from "../../../shared/roster/parse-roster";
import { rosterTemplate } from "../../../shared/sheets/roster-template";

describe("rosterTemplate", () => {
  const template = rosterTemplate();

  test("the template headers in template order", () => {
    expect(template.headers).toEqual(COLUMNS.map((c) => c.header));
    expect(template.headers.slice(0, 3)).toEqual(["社員番号", "氏名", "性別"]);
  });

  test("drop-downs for exactly the nine closed columns, canonical spellings", () => {
    const byHeader = Object.fromEntries(
      template.dropDowns.map((d) => [template.headers[d.columnIndex], d.values]),
    );
    expect(byHeader).toEqual({
      性別: ["女性", "男性"],
      雇用形態: ["正規", "非正規", "派遣"],
      雇用期間: ["無期", "有期"],
      職階: ["役員", "部長級", "課長級", "係長級", "一般"],
      使用人兼務: ["はい", "いいえ"],
      "1年以上雇用見込み": ["はい", "いいえ"],
      退職金制度: ["対象", "対象外"],
      勤務地: ["都内", "都外"],
      雇用保険: ["加入", "未加入"],
    });
  });

  test("every offered value parses back without an error", () => {
    const required = {
      社員番号: "E1",
      性別: "女性",
      雇用管理区分: "総合職",
      雇用形態: "正規",
      職階: "一般",
    };
    for (const dropDown of template.dropDowns) {
      for (const value of dropDown.values) {
        const row = template.headers.map((h) => (required as Record<string, string>)[h] ?? "");
        row[dropDown.columnIndex] = value;
        const read = parseRoster([template.headers, row]);
        const errors = read.issues.filter((i) => i.severity === "error");
        expect({ value, errors }).toEqual({ value, errors: [] });
        expect(read.workers).toHaveLength(1);
      }
    }
  });
});
