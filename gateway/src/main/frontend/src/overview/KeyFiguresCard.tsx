import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { ErrorAlert, Loading } from '../common/Feedback';
import { useApi } from '../common/useApi';
import { formatMoney, formatShare } from '../format/nl';
import { fetchKeyFigures, type KeyFigures } from './keyFigures';

/** The council proposal's key figures: the stock's value, what has been renewed, what it costs a year. */
export function KeyFiguresCard({ year }: { year: number }) {
  const figures = useApi((signal) => fetchKeyFigures(year, signal), [year]);
  return (
    <section aria-labelledby="overzicht-kerncijfers" className="groenagenda-card">
      <Heading2 id="overzicht-kerncijfers">Kerncijfers Groenvisie</Heading2>
      {figures.state === 'loading' && <Loading what="De kerncijfers" plural />}
      {figures.state === 'failed' && <ErrorAlert error={figures.error} what="De kerncijfers" />}
      {figures.state === 'loaded' && <Figures figures={figures.data} year={year} />}
    </section>
  );
}

function Figures({ figures, year }: { figures: KeyFigures; year: number }) {
  const share = figures.stockValue ? figures.renewedSoFar / figures.stockValue : null;
  return (
    <>
      <dl className="groenagenda-key-figures">
        <div>
          <dt>Vervangingswaarde groenareaal</dt>
          <dd>
            {figures.stockValue === null ? 'niet beschikbaar voor uw rol' : formatMoney(Math.round(figures.stockValue))}
            {figures.stockIsSynthetic && <span className="groenagenda-key-figures__note"> (synthetisch register)</span>}
          </dd>
        </div>
        <div>
          <dt>Vernieuwd tot en met {year}</dt>
          <dd>
            {formatMoney(figures.renewedSoFar)}
            {share !== null && <span className="groenagenda-key-figures__note"> ({formatShare(share)} van het areaal)</span>}
          </dd>
        </div>
        <div>
          <dt>Kapitaallasten in {year}</dt>
          <dd>{formatMoney(Math.round(figures.capitalCharges))}</dd>
        </div>
      </dl>
      {figures.investmentLines.length > 0 && (
        <Paragraph className="groenagenda-key-figures__source">
          Vernieuwd en kapitaallasten: gerealiseerd en berekend op {figures.investmentLines.join(', ')}.
        </Paragraph>
      )}
    </>
  );
}
