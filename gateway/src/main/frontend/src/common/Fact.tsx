import { DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';

/** One labelled value of a DataList (the facts at the top of a detail page). */
export function Fact({ label, value }: { label: string; value: string }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue value={value}>{value}</DataListValue>
    </DataListItem>
  );
}
