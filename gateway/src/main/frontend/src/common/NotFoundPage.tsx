import { Link } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  return (
    <>
      <PageHeading>Pagina niet gevonden</PageHeading>
      <Paragraph>
        Deze pagina bestaat niet. Ga naar het <Link className="utrecht-link" to="/">overzicht</Link>.
      </Paragraph>
    </>
  );
}
