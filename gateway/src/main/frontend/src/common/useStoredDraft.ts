import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'groenagenda:draft:';

/**
 * Form state that survives the round trip through the login when a session expires: every change is
 * kept in the tab's sessionStorage under `key` and read back when the form mounts again, until
 * `clear()` after a successful save. sessionStorage rather than localStorage: the draft dies with the
 * tab, so nothing a user typed lingers on a shared workstation.
 *
 * `key` names the form and the thing it edits (e.g. `agenda-item:edit:<id>`); the value must be plain
 * JSON.
 */
export function useStoredDraft<T>(key: string, initial: T): [T, (next: T) => void, () => void, boolean] {
  const [restored] = useState(() => read<T>(key));
  const [value, setValue] = useState<T>(restored ?? initial);

  useEffect(() => {
    write(key, value);
  }, [key, value]);

  const clear = useCallback(() => {
    try {
      window.sessionStorage.removeItem(PREFIX + key);
    } catch {
      // Storage switched off: nothing was kept, so nothing to clear.
    }
  }, [key]);

  return [value, setValue, clear, restored !== undefined];
}

function read<T>(key: string): T | undefined {
  try {
    const stored = window.sessionStorage.getItem(PREFIX + key);
    return stored === null ? undefined : (JSON.parse(stored) as T);
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    window.sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Private mode or a full quota: the form still works, it just does not survive a login.
  }
}
