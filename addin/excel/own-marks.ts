/**
 * The add-in's cell marks are conditional formats whose formula carries a signature. A
 * conditional format's `id` is only its current priority (it shifts when any rule is added or
 * removed), and settings stored apart from the sheet go stale when a sheet is copied, renamed
 * or undone, so neither can say which rules are ours. The signature travels with the rule
 * itself: it is always TRUE, so the rule colours exactly the cells it is applied to, and no
 * user writes it, so the user's own rules are never touched.
 */
export const MARK_FORMULA = {
  error: '=ISTEXT("katsuyaku:error")',
  warning: '=ISTEXT("katsuyaku:warning")',
} as const;

/** Light red for errors, light yellow for warnings: Excel's own "bad" and "neutral" styles. */
export const MARK_STYLE = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
} as const;

const SIGNATURE = '=ISTEXT("katsuyaku:';

/**
 * Loads what tells our rules from the user's. Always in a batch of its own: on a user's
 * stacked rules this read can throw (see mark-cells.ts).
 */
export function loadRuleFormulas(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const rules = sheet.getRange().conditionalFormats;
  rules.load("items/id,items/type,items/customOrNullObject/rule/formula");
  return rules;
}

/** The ids (current priorities) of our marks among the loaded rules. */
export function ownMarkIds(rules: Excel.ConditionalFormatCollection): string[] {
  return rules.items
    .filter(
      (rule) =>
        rule.type === "Custom" &&
        !rule.customOrNullObject.isNullObject &&
        rule.customOrNullObject.rule.formula.startsWith(SIGNATURE),
    )
    .map((rule) => rule.id);
}
