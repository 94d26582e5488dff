import { PageHeading } from '../common/PageHeading';
import { mayHandleTasks } from '../session/roles';
import { useSession } from '../session/SessionContext';
import { AgendaSummary } from './AgendaSummary';
import { BudgetHeadline } from './BudgetHeadline';
import { KeyFiguresCard } from './KeyFiguresCard';
import { MyTasksSummary } from './MyTasksSummary';

export function OverviewPage() {
  const user = useSession();
  const year = new Date().getFullYear();
  return (
    <>
      <PageHeading>Overzicht</PageHeading>
      <div className="groenagenda-cards">
        {mayHandleTasks(user) && <MyTasksSummary />}
        <KeyFiguresCard year={year} />
        <AgendaSummary />
        <BudgetHeadline year={year} />
      </div>
    </>
  );
}
