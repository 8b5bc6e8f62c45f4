import { baseName, detectFileKind } from "../../../addin/file-host/file-kind";

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe("file kind", () => {
  test("a zip is an .xlsx whatever its name", () => {
    expect(detectFileKind("名簿.csv", bytes(0x50, 0x4b, 0x03, 0x04, 0))).toBe("xlsx");
  });
  test("an OLE file is an old .xls or a password-protected workbook", () => {
    expect(detectFileKind("名簿.xlsx", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe(
      "legacyExcel",
    );
  });
  test("text is CSV; UTF-16 text too", () => {
    expect(detectFileKind("名簿.csv", text("社員番号,性別\n"))).toBe("csv");
    expect(detectFileKind("roster", text("a,b\n"))).toBe("csv");
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0, 0x2c, 0, 0x62, 0]);
    expect(detectFileKind("roster.dat", utf16)).toBe("csv");
  });
  test("binaries and office documents that are not rosters are refused", () => {
    expect(detectFileKind("scan.pdf", text("%PDF-1.4"))).toBe("unsupported");
    expect(detectFileKind("blob.bin", bytes(1, 0, 0, 2, 0, 3))).toBe("unsupported");
  });
  test("base names drop only the extension", () => {
    expect(baseName("申請時名簿.csv")).toBe("申請時名簿");
    expect(baseName("a.b.xlsx")).toBe("a.b");
    expect(baseName(".hidden")).toBe(".hidden");
  });
});
