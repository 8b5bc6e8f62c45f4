import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { PageTitle } from "../components/PageTitle";

/** A page that only explains (not found, not allowed). */
export function Notice({ title, body }: { title: string; body: string }) {
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <MessageBar intent="warning">
        <MessageBarBody>{body}</MessageBarBody>
      </MessageBar>
    </>
  );
}
