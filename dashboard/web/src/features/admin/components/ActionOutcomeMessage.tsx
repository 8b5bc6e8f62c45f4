import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useFormStyles } from "./form-styles";
import type { ActionOutcome } from "./use-admin-action";

/** The outcome of a useAdminAction, in a live region so that screen readers announce it. */
export function ActionOutcomeMessage({ outcome }: { outcome: ActionOutcome }) {
  const styles = useFormStyles();
  return (
    <div role="status" aria-live="polite">
      {outcome && (
        <MessageBar intent={outcome.intent} className={styles.message}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
