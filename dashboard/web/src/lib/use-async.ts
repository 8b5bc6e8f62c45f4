import { useCallback, useEffect, useState } from "react";

export type AsyncState<T> =
  { status: "loading" } | { status: "error"; error: unknown } | { status: "ready"; data: T };

/**
 * Loads data whenever `key` changes; a later answer never overwrites a newer request's
 * (switching fiscal year or round quickly would otherwise show stale figures).
 */
export function useAsync<T>(
  load: () => Promise<T>,
  key: string,
): [AsyncState<T>, () => void, (data: T) => void] {
  const [state, setState] = useState<AsyncState<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    load().then(
      (data) => current && setState({ status: "ready", data }),
      (error: unknown) => current && setState({ status: "error", error }),
    );
    return () => {
      current = false;
    };
    // `load` is recreated every render; `key` says when the request really changes.
  }, [key, attempt]);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  const replace = useCallback((data: T) => setState({ status: "ready", data }), []);
  return [state, reload, replace];
}
