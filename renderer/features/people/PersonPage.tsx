import { PlannedPage } from '../../pages/PlannedPage';

export function PersonPage() {
  return (
    <PlannedPage title="Person">
      <p>Being built.</p>
    </PlannedPage>
  );
}
