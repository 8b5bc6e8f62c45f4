import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** Texts in the current language: the boundary must not depend on anything that may have failed. */
  title: string;
  body: string;
  retry: string;
  /** Label of the technical detail, which is the browser's own (English) error text. */
  details: string;
  children: ReactNode;
}

/**
 * A step that throws (unexpected data the rules did not foresee) shows a message instead of
 * blanking the whole pane; the user can try again after fixing the roster.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("Katsuyaku pane error", error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{this.props.title}</MessageBarTitle>
          {this.props.body}
          <details>
            <summary>{this.props.details}</summary>
            {this.state.error.message}
          </details>
          <div>
            <Button size="small" onClick={() => this.setState({ error: null })}>
              {this.props.retry}
            </Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
