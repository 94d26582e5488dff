import { PageHeading } from '../common/PageHeading';
import { mayHandleTasks } from '../session/roles';
import { useSession } from '../session/SessionContext';
import { AgendaSummary } from './AgendaSummary';
import { BudgetHeadline } from './BudgetHeadline';
import { MyTasksSummary } from './MyTasksSummary';

export function OverviewPage() {
  const user = useSession();
  return (
    <>
      <PageHeading>Overzicht</PageHeading>
      <div className="groenagenda-cards">
        {mayHandleTasks(user) && <MyTasksSummary />}
        <AgendaSummary />
        <BudgetHeadline year={new Date().getFullYear()} />
      </div>
    </>
  );
}
