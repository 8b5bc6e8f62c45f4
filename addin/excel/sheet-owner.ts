/**
 * Sheets the add-in writes carry a worksheet custom property (ExcelApi 1.12), which travels
 * with the sheet through renames, copies and saves. Only a sheet carrying it is replaced
 * without asking: a sheet of a result's name without it may be the user's own. Excel without
 * ExcelApi 1.12 cannot tell, so every such sheet counts as the user's (the pane asks).
 */
export const OWNER_KEY = "Katsuyaku";
export const OWNER_VALUE = "result-sheet";
export const OWNER_API_MINOR = 12;

export function markOwnSheet(ws: Excel.Worksheet): void {
  ws.customProperties.add(OWNER_KEY, OWNER_VALUE);
}

/** Queues the read of the mark; the answer is known after the next sync. */
export function loadOwnerMark(ws: Excel.Worksheet): () => boolean {
  const property = ws.customProperties.getItemOrNullObject(OWNER_KEY);
  property.load("value");
  return () => !property.isNullObject && property.value === OWNER_VALUE;
}
