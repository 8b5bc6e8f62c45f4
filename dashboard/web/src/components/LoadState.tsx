import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n-context";
import { NOT_RELEASED } from "../../../../shared/api/releases";
import { ApiRequestError } from "../lib/api-client";
import type { AsyncState } from "../lib/use-async";

/**
 * Spinner while loading, the server's message on failure, else the page's own content. A scope
 * with no release yet is not a failure: 「まだ公表されていません」 with the server's words.
 */
export function LoadState<T>({
  state,
  onRetry,
  children,
}: {
  state: AsyncState<T>;
  onRetry: () => void;
  children: (data: T) => ReactNode;
}) {
  const { t, lang } = useI18n();
  if (state.status === "loading") return <Spinner label={t("loading")} />;
  if (
    state.status === "error" &&
    state.error instanceof ApiRequestError &&
    state.error.body?.error.code === NOT_RELEASED
  ) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{t("notReleasedTitle")}</MessageBarTitle>
          {state.error.messageIn(lang)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.status === "error") {
    const message =
      state.error instanceof ApiRequestError ? state.error.messageIn(lang) : String(state.error);
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{t("loadFailed")}</MessageBarTitle>
          {message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>{t("retry")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <>{children(state.data)}</>;
}
