import { PlannedPage } from '../../pages/PlannedPage';

export function SearchPage() {
  return (
    <PlannedPage title="Search">
      <p>Being built.</p>
    </PlannedPage>
  );
}
