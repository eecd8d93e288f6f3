import { PlannedPage } from '../../pages/PlannedPage';

export function PeoplePage() {
  return (
    <PlannedPage title="People">
      <p>Being built.</p>
    </PlannedPage>
  );
}
