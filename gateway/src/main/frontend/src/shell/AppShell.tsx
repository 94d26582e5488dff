import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { SkipLink } from '@utrecht/component-library-react';
import { LogoutForm } from './LogoutForm';
import { Navigation } from './Navigation';
import { UserBadge } from './UserBadge';

export function AppShell() {
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  const firstRender = useRef(true);

  // After a client-side navigation nothing tells a screen reader the page changed; moving focus to
  // the new heading does, and puts keyboard users at the start of the content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    (heading ?? main.current)?.focus();
  }, [location.pathname]);

  return (
    <div className="groenagenda-page">
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <header className="groenagenda-header">
        <div className="groenagenda-header__inner">
          <p className="groenagenda-brand">
            Groenagenda <span className="groenagenda-brand__sub">Uitvoeringsagenda Groenvisie Assen 2040</span>
          </p>
          <div className="groenagenda-header__user">
            <UserBadge />
            <LogoutForm />
          </div>
        </div>
        <Navigation />
      </header>
      <main id="inhoud" ref={main} tabIndex={-1} className="groenagenda-main">
        <Outlet />
      </main>
      <footer className="groenagenda-footer">
        <p>Gemeente Assen: Groenvisie Assen 2040 en Visie Klimaatadaptatie.</p>
      </footer>
    </div>
  );
}
