import { PlannedPage } from '../../pages/PlannedPage';

export function EntryPage() {
  return (
    <PlannedPage title="Reflection">
      <p>Being built.</p>
    </PlannedPage>
  );
}
