import { useEffect } from 'react';

const APP = 'Groenagenda';

/** Every route its own title: the first thing a screen reader says after navigation. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} - ${APP}`;
  }, [title]);
}
