import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/**
 * Like seriousAxeViolations, minus one documented false positive: Fluent's focus manager
 * (Tabster) puts `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` around a TabList or
 * Dialog to redirect focus; they are never announced nor left focused. Fluent closed this as
 * by design (microsoft/fluentui#27517) and Accessibility Insights suppresses exactly these
 * nodes (microsoft/accessibility-insights-web#7605). Every other node of every rule counts.
 */
export async function seriousAxeViolationsForFluent(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      ...v,
      nodes:
        v.id === "aria-hidden-focus"
          ? v.nodes.filter((n) => !n.html.includes("data-tabster-dummy"))
          : v.nodes,
    }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
}
