import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { fetchAssetTypes, fetchCostNorms, type CostNorm, type CostNormChangeResult } from '../api/assets';
import { ErrorAlert, Loading } from '../common/Feedback';
import { PageHeading } from '../common/PageHeading';
import { useApi } from '../common/useApi';
import { formatCount, formatDateTime, formatMoney } from '../format/nl';
import { hasAnyRole, ROLE } from '../session/roles';
import { useSession } from '../session/SessionContext';
import { CostNormForm } from './CostNormForm';
import { unitLabel } from './figures';
import { ScrollableTable } from './ScrollableTable';
import { typeNames } from './stock';

const EDIT_QUERY = 'wijzig';

/** /groenareaal/kostennormen: what replacing a unit costs; the functional administrator changes a norm. */
export function CostNormsPage() {
  const mayEdit = hasAnyRole(useSession(), [ROLE.beheerder]);
  const [query, setQuery] = useSearchParams();
  const [changed, setChanged] = useState<CostNormChangeResult | undefined>();
  const norms = useApi(async (signal) => {
    const [list, types] = await Promise.all([fetchCostNorms(signal), fetchAssetTypes(signal)]);
    return { list, typeName: typeNames(types) };
  }, [changed]);
  const editing = mayEdit && norms.state === 'loaded'
    ? norms.data.list.find((norm) => norm.id === query.get(EDIT_QUERY))
    : undefined;

  return (
    <>
      <PageHeading>Kostennormen</PageHeading>
      <Paragraph>
        Wat het vervangen van één eenheid kost en hoe lang die meegaat. De vervangingswaarde van het groenareaal is
        hoeveelheid maal kostennorm.
        {mayEdit
          ? ' Een wijziging herwaardeert meteen alle objecten waarvoor de norm geldt; geef daarom altijd de reden.'
          : ' Alleen de functioneel beheerder wijzigt een norm.'}
      </Paragraph>
      {changed && <Revalued result={changed} />}
      {norms.state === 'loading' && <Loading what="De kostennormen" plural />}
      {norms.state === 'failed' && <ErrorAlert error={norms.error} what="De kostennormen" />}
      {editing && (
        <CostNormForm
          key={editing.id}
          norm={editing}
          onCancel={() => setQuery({})}
          onChanged={(result) => {
            setChanged(result);
            setQuery({});
          }}
        />
      )}
      {norms.state === 'loaded' && (
        norms.data.list.length === 0
          ? <Paragraph>Er zijn geen kostennormen.</Paragraph>
          : <CostNormTable norms={norms.data.list} typeName={norms.data.typeName} mayEdit={mayEdit} />
      )}
    </>
  );
}

function Revalued({ result }: { result: CostNormChangeResult }) {
  const { costNorm, revaluation } = result;
  return (
    <Alert type="ok" role="status">
      <Paragraph>
        De norm voor {costNorm.subtypeName.toLowerCase()} is gewijzigd. {formatCount(revaluation.affectedAssets)} objecten zijn
        geherwaardeerd: van {formatMoney(revaluation.valueBefore)} naar {formatMoney(revaluation.valueAfter)}.
      </Paragraph>
    </Alert>
  );
}

function CostNormTable({ norms, typeName, mayEdit }: { norms: CostNorm[]; typeName: (code: string) => string; mayEdit: boolean }) {
  return (
    <ScrollableTable label="Kostennormen per soort groen">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">Kostennormen per soort groen</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Soort</th>
            <th scope="col" className="utrecht-table__header-cell">Type</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Kosten per eenheid</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Levensduur</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Prijspeil</th>
            <th scope="col" className="utrecht-table__header-cell">Bron</th>
            <th scope="col" className="utrecht-table__header-cell">Laatst gewijzigd</th>
            {mayEdit && <th scope="col" className="utrecht-table__header-cell"><span className="groenagenda-visually-hidden">Actie</span></th>}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {norms.map((norm) => (
            <tr key={norm.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">{norm.subtypeName}</th>
              <td className="utrecht-table__cell">{typeName(norm.type)}</td>
              <td className="utrecht-table__cell groenagenda-number">{formatMoney(norm.unitCost)} per {unitLabel(norm.unit)}</td>
              <td className="utrecht-table__cell groenagenda-number">{norm.lifespanYears} jaar</td>
              <td className="utrecht-table__cell groenagenda-number">{norm.priceLevelYear}</td>
              <td className="utrecht-table__cell">{norm.source}</td>
              <td className="utrecht-table__cell">{norm.updatedAt ? `${formatDateTime(norm.updatedAt)} door ${norm.updatedBy ?? 'onbekend'}` : '-'}</td>
              {mayEdit && (
                <td className="utrecht-table__cell">
                  <Link className="utrecht-link" to={`?${EDIT_QUERY}=${encodeURIComponent(norm.id)}`}>
                    Wijzigen<span className="groenagenda-visually-hidden"> ({norm.subtypeName})</span>
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
