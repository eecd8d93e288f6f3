import { PlannedPage } from '../../pages/PlannedPage';

export function EditReflectionPage() {
  return (
    <PlannedPage title="Edit reflection">
      <p>Being built.</p>
    </PlannedPage>
  );
}
