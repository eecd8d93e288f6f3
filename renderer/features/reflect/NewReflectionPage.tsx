import { PlannedPage } from '../../pages/PlannedPage';

export function NewReflectionPage() {
  return (
    <PlannedPage title="New reflection">
      <p>Being built.</p>
    </PlannedPage>
  );
}
