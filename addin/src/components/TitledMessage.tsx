import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

/**
 * A verdict or warning with a title line and its explanation below: multiline, so long
 * reasons wrap inside the narrow pane instead of being cut off.
 */
export function TitledMessage({
  intent,
  title,
  children,
  ...roleProp
}: {
  intent: MessageBarIntent;
  title: ReactNode;
  /** "status" where the message answers the user's own action (sending the record). */
  role?: "status";
  children?: ReactNode;
}) {
  return (
    // `role` is spread, not passed as role={role}: MessageBar's own role ("group") gives way
    // to any role prop, even an undefined one.
    <MessageBar intent={intent} layout="multiline" {...roleProp}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
