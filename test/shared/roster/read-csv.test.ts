import iconv from "iconv-lite";
import {
  csvToCells,
  decodeCsv,
  detectDelimiter,
  readRosterCsv,
} from "../../../shared/roster/read-csv";

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
const HEADER = "社員番号,氏名,性別,雇用管理区分,雇用形態,職階,役職手当（月額）,採用日,就任日";

describe("decodeCsv", () => {
  it("UTF-8 with and without a BOM; the BOM never reaches the first header", () => {
    const plain = decodeCsv(utf8("社員番号,性別"));
    const bom = decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("社員番号,性別")]));
    expect(plain).toEqual({ text: "社員番号,性別", encoding: "utf-8" });
    expect(bom).toEqual({ text: "社員番号,性別", encoding: "utf-8" });
  });

  it("Shift_JIS (CP932) when the bytes are not UTF-8, including NEC and IBM extensions", () => {
    const text = "髙橋 ①子,ﾊﾟｰﾄ,２０，０００,令和7年10月1日,山﨑,㈱";
    const decoded = decodeCsv(new Uint8Array(iconv.encode(text, "cp932")));
    expect(decoded).toEqual({ text, encoding: "shift_jis" });
  });

  it("UTF-16LE with a BOM, and without one (NUL bytes give it away)", () => {
    const text = "社員番号\t性別\r\nE1\t女";
    const body = new Uint8Array(Buffer.from(text, "utf16le"));
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, ...body]))).toEqual({
      text,
      encoding: "utf-16le",
    });
    expect(decodeCsv(new Uint8Array(Buffer.from("Id\tGender\r\nE1\tF", "utf16le")))).toEqual({
      text: "Id\tGender\r\nE1\tF",
      encoding: "utf-16le",
    });
  });

  it("UTF-16BE with a BOM, and without one (NULs at even offsets)", () => {
    const text = "社員番号,性別\r\nE1,女";
    const body = new Uint8Array(Buffer.from(text, "utf16le").swap16());
    expect(decodeCsv(new Uint8Array([0xfe, 0xff, ...body]))).toEqual({
      text,
      encoding: "utf-16be",
    });
    const ascii = "Id,Gender\r\nE1,F";
    expect(decodeCsv(new Uint8Array(Buffer.from(ascii, "utf16le").swap16()))).toEqual({
      text: ascii,
      encoding: "utf-16be",
    });
  });

  it("an empty file is UTF-8 and empty", () => {
    expect(decodeCsv(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });
});

describe("csvToCells", () => {
  it("keeps blank lines so rows stay Excel's rows, and quoted line breaks in one row", () => {
    expect(csvToCells('a,b\r\n\r\n"x\ny",z\r\nlast,1')).toEqual([
      ["a", "b"],
      [""],
      ["x\ny", "z"],
      ["last", "1"],
    ]);
  });

  it("finds the tab delimiter even when cells hold commas", () => {
    expect(csvToCells("社員番号\t役職手当\nE1\t20,000\nE2\t5,000,000")).toEqual([
      ["社員番号", "役職手当"],
      ["E1", "20,000"],
      ["E2", "5,000,000"],
    ]);
  });
});

describe("readRosterCsv", () => {
  it("reads a Shift_JIS roster as Japanese Excel saves it", () => {
    const csv = [
      HEADER,
      "E001,髙橋 ①子,女,ﾊﾟｰﾄﾀｲﾏｰ,ﾊﾟｰﾄ,係長級,２０，０００,令和元年5月1日,R7.10.1",
      'E002,山﨑 太郎,男,総合職,正社員,一般,"¥0",H31.4.30,',
      "",
      "Ｅ００４,ｶﾀｶﾅ,Ｆ,総合職,正規,課長級,,平成31年5月1日,",
    ].join("\r\n");
    const result = readRosterCsv(new Uint8Array(iconv.encode(csv, "cp932")));
    expect(result.encoding).toBe("shift_jis");
    expect(
      result.workers.map((w) => [w.row, w.employeeId, w.name, w.category, w.employmentType]),
    ).toEqual([
      [2, "E001", "髙橋 ①子", "パートタイマー", "nonRegular"],
      [3, "E002", "山﨑 太郎", "総合職", "regular"],
      [5, "E004", "ｶﾀｶﾅ", "総合職", "regular"],
    ]);
    expect(result.workers[0]).toMatchObject({
      positionAllowance: 20000,
      hireDate: "2019-05-01",
      appointmentDate: "2025-10-01",
    });
    expect(result.workers[1]!.hireDate).toBe("2019-04-30");
    expect(result.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["INVALID_DATE", 5, "採用日"],
    ]);
    expect(result.issues[0]!.fixJa).toBe(
      "2019年5月1日であれば「令和元年5月1日」と入力してください。",
    );
  });

  it("reads UTF-8 with a BOM exactly like UTF-8 without", () => {
    const csv = `${HEADER}\nE1,,女,総合職,正規,一般,,2025/4/1,\n`;
    const plain = readRosterCsv(utf8(csv));
    const bom = readRosterCsv(utf8(`\uFEFF${csv}`));
    expect(plain.issues).toEqual([]);
    expect(bom).toEqual(plain);
    expect(plain.workers[0]!.hireDate).toBe("2025-04-01");
  });

  it("reads a UTF-16LE tab-separated export", () => {
    const tsv = `${HEADER.replace(/,/g, "\t")}\r\nE1\t\t女性\t一般職\t契約社員\t一般\t\t2025年4月1日\t\r\n`;
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(tsv, "utf16le")]);
    const result = readRosterCsv(bytes);
    expect(result.encoding).toBe("utf-16le");
    expect(result.issues).toEqual([]);
    expect(result.workers).toHaveLength(1);
    expect(result.workers[0]).toMatchObject({
      employeeId: "E1",
      employmentType: "nonRegular",
      hireDate: "2025-04-01",
    });
  });

  it("an empty file is an empty roster, not an exception", () => {
    const result = readRosterCsv(new Uint8Array());
    expect(result.issues.map((i) => i.code)).toEqual(["EMPTY_ROSTER"]);
    expect(result.encoding).toBe("utf-8");
  });
});

describe("detectDelimiter", () => {
  it("reads the first line that has a delimiter, ignoring quoted ones", () => {
    expect(detectDelimiter("a,b,c\n1\t2\t3\t4")).toBe(",");
    expect(detectDelimiter("a\tb\tc\n1,2,3,4,5")).toBe("\t");
    expect(detectDelimiter('"a,b,c"\tx\ty')).toBe("\t");
    expect(detectDelimiter("\r\n\r\na\tb\n")).toBe("\t");
    expect(detectDelimiter("single")).toBe(",");
    expect(detectDelimiter("")).toBe(",");
  });
});
