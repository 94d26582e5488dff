import { useEffect, useState } from 'react';
import { ApiError } from '../api/http';

export type ApiState<T> =
  | { state: 'loading' }
  | { state: 'loaded'; data: T }
  | { state: 'failed'; error: ApiError };

/** One read, cancelled when the screen goes away or its inputs change. */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): ApiState<T> {
  const [result, setResult] = useState<ApiState<T>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResult({ state: 'loaded', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0) });
      },
    );
    return () => controller.abort();
    // The caller names the inputs of its load; the function itself is a new closure every render.
  }, deps);
  return result;
}
