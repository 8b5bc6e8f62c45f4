import { CELL_EDIT_MODE } from "./excel-words";

/** The `code` of an Office.js error (OfficeExtension.Error), or undefined for anything else. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** While the user is editing a cell, Excel refuses every batch with this code. */
export function isCellEditMode(error: unknown): boolean {
  return officeErrorCode(error) === "InvalidOperationInCellEditMode";
}

/** Excel on the web's 5 MB limit on a request or a response was passed. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** An error the pane shows as it is, in both languages (see addin/src/app/error-text.ts). */
export class ExcelUserError extends Error {
  constructor(
    readonly messageJa: string,
    readonly messageEn: string,
    readonly code: string,
  ) {
    super(messageEn);
    this.name = "ExcelUserError";
  }
}

/**
 * Gives the Office errors a user can do something about their own words instead of the
 * pane's generic "cannot read the roster (…)" with Excel's code in it.
 */
export function explainOfficeError(error: unknown): unknown {
  if (isCellEditMode(error))
    return new ExcelUserError(
      CELL_EDIT_MODE.ja,
      CELL_EDIT_MODE.en,
      "InvalidOperationInCellEditMode",
    );
  return error;
}
