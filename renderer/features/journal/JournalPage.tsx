import { PlannedPage } from '../../pages/PlannedPage';

export function JournalPage() {
  return (
    <PlannedPage title="Journal">
      <p>Being built.</p>
    </PlannedPage>
  );
}
