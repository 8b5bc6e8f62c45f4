import { translate } from "../i18n/translate";
import type { Session } from "../state/session";

/**
 * Asks, in the pane's message area, whether sheets the add-in cannot tell it made may be
 * replaced (Office add-ins get no window.confirm). Resolves with the answer and takes the
 * question away again.
 */
export function askReplace(
  names: readonly string[],
  patch: (p: Partial<Session>) => void,
): Promise<boolean> {
  return new Promise<boolean>((resolve) =>
    patch({
      question: {
        text: {
          ja: translate("ja", "excel.replaceQuestion", { names: names.join("、") }),
          en: translate("en", "excel.replaceQuestion", { names: names.join(", ") }),
        },
        answer(yes) {
          patch({ question: null });
          resolve(yes);
        },
      },
    }),
  );
}
