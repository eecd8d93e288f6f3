import { useStorageStatus } from './storageStatus';

export function StorageStatusBanner() {
  const { problem, clear } = useStorageStatus();
  if (!problem) return null;
  return (
    <div role="alert" className="banner banner-error">
      <p>{problem.message}</p>
      {problem.kind === 'version-changed' || problem.kind === 'blocked' ? (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      ) : (
        <button type="button" className="button" onClick={clear}>
          Dismiss
        </button>
      )}
    </div>
  );
}
