import { PlannedPage } from '../../pages/PlannedPage';

export function RemindersPage() {
  return (
    <PlannedPage title="Reminders">
      <p>Being built.</p>
    </PlannedPage>
  );
}
