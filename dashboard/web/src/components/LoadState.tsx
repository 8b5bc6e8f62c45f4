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
import { ApiRequestError } from "../lib/api-client";
import type { AsyncState } from "../lib/use-async";

/** Spinner while loading, the server's message on failure, else the page's own content. */
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
