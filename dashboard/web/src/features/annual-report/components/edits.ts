import type { ReportItem } from "../../../lib/api-types";
import type { TextEdit } from "../api/report-texts";

/**
 * The edits to send: items whose draft differs from what is saved. A draft equal to the
 * generated text is sent as null, so the item follows the figures again if they change.
 */
export function pendingEdits(
  items: readonly ReportItem[],
  drafts: Record<string, string>,
): TextEdit[] {
  return items.flatMap((item) => {
    const draft = drafts[item.id];
    if (draft === undefined || draft === item.text) return [];
    return [
      { id: item.id, text: draft === item.generatedText ? null : draft, version: item.version },
    ];
  });
}
