import { Link } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { fetchAssetTypes, fetchSummary, type AssetType, type Summary } from '../api/assets';
import { ErrorAlert, Loading } from '../common/Feedback';
import { PageHeading } from '../common/PageHeading';
import { useApi } from '../common/useApi';
import { formatCount } from '../format/nl';
import { formatEuros, formatMillions } from './figures';
import { districtsOf } from './stock';
import { SummaryChart } from './SummaryChart';
import { SummaryTable } from './SummaryTable';
import { SyntheticNotice } from './SyntheticNotice';

/** /groenareaal: the present green stock per district and type, with its replacement value. */
export function SummaryPage() {
  const stock = useApi(async (signal) => {
    const [summary, types] = await Promise.all([fetchSummary(signal), fetchAssetTypes(signal)]);
    return { summary, types };
  }, []);

  return (
    <>
      <PageHeading>Groenareaal</PageHeading>
      {stock.state === 'loading' && <Loading what="Het overzicht van het groenareaal" />}
      {stock.state === 'failed' && <ErrorAlert error={stock.error} what="Het overzicht van het groenareaal" />}
      {stock.state === 'loaded' && <StockOverview summary={stock.data.summary} types={stock.data.types} />}
    </>
  );
}

function StockOverview({ summary, types }: { summary: Summary; types: AssetType[] }) {
  if (summary.groups.length === 0) {
    return (
      <Paragraph>
        Het register bevat nog geen aanwezig groen. Na een import verschijnt hier de vervangingswaarde per wijk en type.
      </Paragraph>
    );
  }
  return (
    <>
      {summary.synthetic && <SyntheticNotice subject="Dit overzicht" />}
      <Paragraph className="groenagenda-figure">
        Totale vervangingswaarde: {formatEuros(summary.totalReplacementValue)}
        <span className="groenagenda-figure__note"> (afgerond {formatMillions(summary.totalReplacementValue)})</span>
      </Paragraph>
      <Paragraph>
        {formatCount(summary.totalCount)} objecten in {formatCount(districtsOf(summary).length)} wijken.
        Wat de vervanging ervan vraagt, rekent u door in het{' '}
        <Link className="utrecht-link" to="/groenareaal/vervangingsplan">vervangingsplan</Link>.
      </Paragraph>
      <SummaryChart summary={summary} types={types} />
      <SummaryTable summary={summary} types={types} />
    </>
  );
}
