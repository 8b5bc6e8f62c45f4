import { derive, type Derived, type RuleSettings } from "./derive";
import type { Session } from "../app/session";

/**
 * derive() runs while the whole pane renders, outside the steps' error boundary: a roster the
 * rules choke on would blank the pane. Then the figures are computed without the rosters
 * (settings, round and dates still show) and `failed` lets the pane say so.
 */
export function deriveSafely(
  settings: RuleSettings,
  session: Session,
): { derived: Derived; failed: boolean } {
  try {
    return { derived: derive(settings, session), failed: false };
  } catch (error) {
    console.error("Katsuyaku: the rosters could not be evaluated", error);
    const withoutRosters: Session = { ...session, application: undefined, report: undefined };
    return { derived: derive(settings, withoutRosters), failed: true };
  }
}
