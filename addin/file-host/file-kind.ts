/** What a dropped file is, told by its bytes first (a renamed .xlsx is still a zip), then its name. */
export type FileKind = "xlsx" | "csv" | "legacyExcel" | "unsupported";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: Excel 97–2003 .xls, and also a password-protected .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const TEXT_NAME = /\.(csv|tsv|txt)$/i;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Binary content other than UTF-16 text: a NUL in the first bytes that is not every other byte.
 * UTF-16 CSV (Excel's "Unicode text") has NULs at odd or even positions only.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return even > 0 && odd > 0;
}

export function detectFileKind(name: string, bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP_MAGIC)) return "xlsx";
  if (startsWith(bytes, OLE_MAGIC)) return "legacyExcel";
  if (TEXT_NAME.test(name)) return "csv";
  return looksBinary(bytes) || /\.(xlsx|xlsm|xls|pdf|docx?|png|jpe?g)$/i.test(name)
    ? "unsupported"
    : "csv";
}

/** The file name without its extension, for naming a roster in lists. */
export function baseName(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}
