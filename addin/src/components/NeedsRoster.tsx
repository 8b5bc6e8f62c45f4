import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** Shown by a step that has nothing to show yet, with what to do about it. */
export function NeedsRoster({ text }: { text: string }) {
  return (
    <MessageBar intent="info">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
