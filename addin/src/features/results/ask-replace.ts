import type { Session } from "../../app/session";
import { bilingual, translate } from "../../i18n/translate";

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
        text: bilingual("excel.replaceQuestion", (lang) => ({
          names: names.join(translate(lang, "list.separator")),
        })),
        answer(yes) {
          patch({ question: null });
          resolve(yes);
        },
      },
    }),
  );
}
