import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { comparePlans, fetchSavedPlans } from '../api/assets';
import { ErrorAlert, Loading } from '../common/Feedback';
import { PageHeading } from '../common/PageHeading';
import { useApi } from '../common/useApi';
import { formatMoney } from '../format/nl';
import { ComparisonForm } from './ComparisonForm';
import { ComparisonResult } from './ComparisonResult';
import { ExamplePlans } from './ExamplePlans';
import { PROPOSAL_ANNUAL_BUDGET } from './planForm';

/** One page, no paging: older plans can still be typed, and SavedPlans says how many are left out. */
const SAVED_PLANS_SHOWN = 100;

/** /groenareaal/vergelijking?a=<name>&b=<name>: two saved plans side by side; the link can be shared. */
export function ComparisonPage() {
  const [query, setQuery] = useSearchParams();
  const a = query.get('a') ?? '';
  const b = query.get('b') ?? '';
  const both = a !== '' && b !== '';
  const comparison = useApi(async (signal) => (both ? comparePlans(a, b, signal) : undefined), [a, b]);
  const compare = (first: string, second: string) => setQuery({ a: first, b: second });
  // Counts the example pairs saved from this page: each new count fetches the list again, to show them.
  const [listed, setListed] = useState(0);
  const saved = useApi((signal) => fetchSavedPlans(SAVED_PLANS_SHOWN, signal), [listed]);
  const savedExamples = (first: string, second: string) => {
    setListed((count) => count + 1);
    compare(first, second);
  };

  return (
    <>
      <PageHeading>Plannen vergelijken</PageHeading>
      <Paragraph>
        Kies twee bewaarde vervangingsplannen, bijvoorbeeld het budget van het raadsvoorstel ({formatMoney(PROPOSAL_ANNUAL_BUDGET)} per jaar)
        tegenover het dubbele, en zie per jaar wat het verschil doet voor de achterstand en het vernieuwde deel.
      </Paragraph>
      <ComparisonForm key={`${a}|${b}`} initialA={a} initialB={b} saved={saved} busy={both && comparison.state === 'loading'}
        compared={comparison.state === 'loaded' && comparison.data !== undefined} onCompare={compare} />
      {(!both || comparison.state === 'failed') && <ExamplePlans onSaved={savedExamples} />}
      {both && comparison.state === 'loading' && <Loading what="De vergelijking" />}
      {comparison.state === 'failed' && <ErrorAlert error={comparison.error} what="De vergelijking" />}
      {comparison.state === 'loaded' && comparison.data && <ComparisonResult comparison={comparison.data} />}
    </>
  );
}
