import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import { UiContext } from "./UiContext";

interface State {
  error?: unknown;
}

/**
 * Catches a rendering error anywhere in the pane and shows a message with a way out, instead of a blank pane.
 *
 * @example <ErrorBoundary><Pane … /></ErrorBoundary>
 */
export class ErrorBoundary extends Component<{ children: ReactNode; onReload?: () => void }, State> {
  static contextType = UiContext;
  declare context: React.ContextType<typeof UiContext>;
  state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  render() {
    if (this.state.error === undefined) return this.props.children;
    const { t } = this.context;
    const detail = this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
    const reload = this.props.onReload ?? (() => window.location.reload());
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t.crashTitle}</MessageBarTitle>
          {t.crashBody} <code>{detail}</code>
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={reload}>{t.reload}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
