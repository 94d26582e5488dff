import { Heading1 } from '@utrecht/component-library-react';
import { usePageTitle } from './usePageTitle';

/** The screen's h1 and its document title in one, so that they cannot disagree. */
export function PageHeading({ children }: { children: string }) {
  usePageTitle(children);
  // tabIndex -1: the shell moves focus here after navigation; it is not a tab stop.
  return (
    <Heading1 tabIndex={-1} className="groenagenda-focus-target">
      {children}
    </Heading1>
  );
}
