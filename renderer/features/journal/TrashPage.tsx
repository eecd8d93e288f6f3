import { PlannedPage } from '../../pages/PlannedPage';

export function TrashPage() {
  return (
    <PlannedPage title="Trash">
      <p>Being built.</p>
    </PlannedPage>
  );
}
