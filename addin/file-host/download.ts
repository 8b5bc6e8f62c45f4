/** Hands bytes to the browser as a download (the file mode's way of "writing" to the workbook). */
export function downloadBytes(bytes: Uint8Array | string, fileName: string, type: string): void {
  // A copy into a fresh ArrayBuffer: Blob wants ArrayBuffer-backed views, not SharedArrayBuffer ones.
  const part = typeof bytes === "string" ? bytes : new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
