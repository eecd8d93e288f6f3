/**
 * What a data action is doing or has done, read out politely, and why it failed, read out at
 * once. Both stay in the page so a screen reader hears each change.
 */
export function ActionStatus({
  status,
  failure,
  className,
}: {
  status: string;
  failure: string | null;
  className?: string;
}) {
  const extra = className === undefined ? '' : ` ${className}`;
  return (
    <>
      <p className={`data-status${extra}`} role="status">
        {status}
      </p>
      {failure !== null ? (
        <p className={`field-error${extra}`} role="alert">
          {failure}
        </p>
      ) : null}
    </>
  );
}
