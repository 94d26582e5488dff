import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  Button,
  DataList,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { fetchAmendments, fetchClaims, fetchCycle, type Amendment, type Claim, type Cycle } from '../api/budget';
import { ErrorAlert, Loading } from '../common/Feedback';
import { PageHeading } from '../common/PageHeading';
import { useApi } from '../common/useApi';
import { formatDate, formatDateTime, formatMoney } from '../format/nl';
import { ClaimDecisionForm } from './ClaimDecisionForm';
import { CycleStatusForm } from './CycleStatusForm';
import { CLAIM_STATUS_LABELS, CYCLE_STATUS_LABELS, FOLLOW_UP_LABELS } from './labels';
import { Fact } from '../common/Fact';

/** The council decides on claims once the Kaderbrief is with the council (the API refuses earlier). */
export function decidable(cycle: Cycle): boolean {
  return cycle.status === 'SENT_TO_COUNCIL' || cycle.status === 'DECIDED';
}

export function CyclePage() {
  const year = Number(useParams().year);
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string>();
  const data = useApi(async (signal) => {
    const [cycle, claims, amendments] = await Promise.all([
      fetchCycle(year, signal), fetchClaims(year, signal), fetchAmendments(year, signal),
    ]);
    return { cycle, claims: claims.items, amendments: amendments.items };
  }, [year, version]);

  function changed(text: string) {
    setMessage(text);
    setVersion((current) => current + 1);
  }

  return (
    <>
      <PageHeading>{`Kaderbrief ${Number.isInteger(year) ? year : ''}`.trim()}</PageHeading>
      <Paragraph><Link className="utrecht-link" to="/begroting/kaderbrief">Alle Kaderbriefcycli</Link></Paragraph>
      <div role="status" aria-live="polite">{message && <Paragraph className="groenagenda-budget-success">{message}</Paragraph>}</div>
      {data.state === 'loading' && <Loading what="De Kaderbrief" />}
      {data.state === 'failed' && <ErrorAlert error={data.error} what="De Kaderbrief" />}
      {data.state === 'loaded' && (
        <LoadedCycle {...data.data} onChanged={changed} onStart={() => setMessage(undefined)} />
      )}
    </>
  );
}

interface LoadedProps {
  cycle: Cycle;
  claims: Claim[];
  amendments: Amendment[];
  onChanged: (message: string) => void;
  onStart: () => void;
}

function LoadedCycle({ cycle, claims, amendments, onChanged, onStart }: LoadedProps) {
  const [params, setParams] = useSearchParams();
  const chosen = claims.find((claim) => claim.id === params.get('claim') && claim.status === 'PENDING');

  function choose(claim: Claim | undefined) {
    onStart();
    setParams(claim ? { claim: claim.id } : {});
  }

  return (
    <>
      <DataList className="groenagenda-budget-facts">
        <Fact label="Status" value={CYCLE_STATUS_LABELS[cycle.status]} />
        <Fact label="Sluiting voor claims" value={formatDate(cycle.claimDeadline)} />
        <Fact label="Collegevergadering" value={formatDate(cycle.collegeDate)} />
        <Fact label="Raadsvergadering" value={formatDate(cycle.councilDate)} />
      </DataList>
      {cycle.note && <Paragraph className="groenagenda-budget-note">{cycle.note}</Paragraph>}
      <CycleStatusForm cycle={cycle} onChanged={onChanged} />
      {chosen && decidable(cycle) && (
        <ClaimDecisionForm
          key={chosen.id}
          cycleYear={cycle.year}
          claim={chosen}
          onCancel={() => choose(undefined)}
          onDecided={(text) => {
            setParams({});
            onChanged(text);
          }}
        />
      )}
      <Claims cycle={cycle} claims={claims} onChoose={choose} />
      <Amendments amendments={amendments} />
    </>
  );
}

function Claims({ cycle, claims, onChoose }: { cycle: Cycle; claims: Claim[]; onChoose: (claim: Claim) => void }) {
  return (
    <section aria-labelledby="cycle-claims">
      <Heading2 id="cycle-claims">Claims</Heading2>
      {!decidable(cycle) && claims.some((claim) => claim.status === 'PENDING') && (
        <Paragraph>Besluiten van de raad legt u vast zodra de Kaderbrief bij de raad ligt.</Paragraph>
      )}
      {claims.length === 0 ? <Paragraph>Er zijn in deze Kaderbrief geen claims ingediend.</Paragraph> : (
        <div className="groenagenda-table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Claims in Kaderbrief {cycle.year}, bedragen in euro's</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Begrotingsregel</th>
                <th scope="col" className="utrecht-table__header-cell">Gevraagd per jaar</th>
                <th scope="col" className="utrecht-table__header-cell">Motivering</th>
                <th scope="col" className="utrecht-table__header-cell">Status</th>
                <th scope="col" className="utrecht-table__header-cell"><span className="groenagenda-visually-hidden">Actie</span></th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {claims.map((claim) => (
                <tr key={claim.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    <Link className="utrecht-link" to={`/begroting/regels/${encodeURIComponent(claim.budgetLineCode)}`}>{claim.budgetLineCode}</Link>
                    {claim.agendaItemId && <div className="groenagenda-code">Agendapunt {claim.agendaItemId}</div>}
                  </th>
                  <td className="utrecht-table__cell">
                    <ul className="groenagenda-budget-amounts">
                      {claim.amounts.map((amount) => (
                        <li key={amount.year}>
                          {amount.year}: {formatMoney(amount.amount)} {amount.recurring ? 'structureel' : 'incidenteel'}
                          {amount.granted !== null && <>, toegekend {formatMoney(amount.granted)}</>}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="utrecht-table__cell">{claim.motivation}</td>
                  <td className="utrecht-table__cell"><ClaimStatus claim={claim} /></td>
                  <td className="utrecht-table__cell">
                    {claim.status === 'PENDING' && decidable(cycle) && (
                      <Button appearance="secondary-action-button" onClick={() => onChoose(claim)}>
                        Besluit vastleggen<span className="groenagenda-visually-hidden"> over de claim op {claim.budgetLineCode}</span>
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ClaimStatus({ claim }: { claim: Claim }) {
  return (
    <>
      {CLAIM_STATUS_LABELS[claim.status]}
      {claim.decisionReference && <div>Besluit: {claim.decisionReference}</div>}
      {claim.followUp && <div>{FOLLOW_UP_LABELS[claim.followUp]}</div>}
      {claim.decidedAt && <div className="groenagenda-code">{claim.decidedBy}, {formatDateTime(claim.decidedAt)}</div>}
    </>
  );
}

function Amendments({ amendments }: { amendments: Amendment[] }) {
  return (
    <section aria-labelledby="cycle-amendments">
      <Heading2 id="cycle-amendments">Begrotingswijzigingen</Heading2>
      {amendments.length === 0 ? <Paragraph>Er zijn nog geen begrotingswijzigingen uit deze Kaderbrief.</Paragraph> : (
        <div className="groenagenda-table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Begrotingswijzigingen uit gehonoreerde claims, in euro's</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Begrotingsregel en jaar</th>
                <th scope="col" className="utrecht-table__header-cell groenagenda-number">Was</th>
                <th scope="col" className="utrecht-table__header-cell groenagenda-number">Wijziging</th>
                <th scope="col" className="utrecht-table__header-cell groenagenda-number">Wordt</th>
                <th scope="col" className="utrecht-table__header-cell">Besluit</th>
                <th scope="col" className="utrecht-table__header-cell">Vastgelegd</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {amendments.map((amendment) => (
                <tr key={amendment.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">{amendment.budgetLineCode} {amendment.year}</th>
                  <td className="utrecht-table__cell groenagenda-number">{formatMoney(amendment.oldAmount)}</td>
                  <td className="utrecht-table__cell groenagenda-number">+{formatMoney(amendment.change)}</td>
                  <td className="utrecht-table__cell groenagenda-number">{formatMoney(amendment.newAmount)}</td>
                  <td className="utrecht-table__cell">{amendment.reference}</td>
                  <td className="utrecht-table__cell">{amendment.createdBy}, {formatDateTime(amendment.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
