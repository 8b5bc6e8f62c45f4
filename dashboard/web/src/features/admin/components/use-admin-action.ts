import { useState } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import { ApiRequestError } from "../../../lib/api-client";

export type ActionOutcome = { intent: "success" | "error"; text: string } | null;

/**
 * One admin action at a time: busy while it runs, its outcome (the server's words on failure)
 * for a message bar, and `after` (reload the list) once it succeeded.
 */
export function useAdminAction(after: () => void) {
  const { lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ActionOutcome>(null);
  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setOutcome(null);
    try {
      const done = await action();
      if (done !== null) setOutcome({ intent: "success", text: done });
      after();
    } catch (e) {
      const reasons =
        e instanceof ApiRequestError
          ? ((lang === "ja" ? e.body?.error.reasonsJa : e.body?.error.reasonsEn) ?? [])
          : [];
      const message = e instanceof ApiRequestError ? e.messageIn(lang) : String(e);
      setOutcome({ intent: "error", text: [message, ...reasons].join(" ") });
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, run };
}
