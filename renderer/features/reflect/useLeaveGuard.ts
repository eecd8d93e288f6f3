import { useCallback, useLayoutEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/**
 * Leaving the editor asks first while the screen holds words the journal does not: while saving
 * fails, or while an edit copy has changes. `leaveOnPurpose` is called before a navigation the
 * editor makes itself (after "Save changes", "Cancel"), which must never be stopped.
 */
export function useLeaveGuard({
  isFailing,
  hasUnsavedEdit,
}: {
  isFailing: boolean;
  hasUnsavedEdit: boolean;
}): {
  blocker: Blocker;
  leaveOnPurpose: () => void;
} {
  // Read through refs set as the state commits: the router keeps the function it was last given
  // only once passive effects have run, and a navigation can come before that.
  const isFailingRef = useRef(false);
  const hasUnsavedEditRef = useRef(false);
  const isLeavingOnPurpose = useRef(false);
  useLayoutEffect(() => {
    isFailingRef.current = isFailing;
    hasUnsavedEditRef.current = hasUnsavedEdit;
  }, [isFailing, hasUnsavedEdit]);
  const shouldBlock = useCallback(
    ({
      currentLocation,
      nextLocation,
    }: {
      currentLocation: { pathname: string };
      nextLocation: { pathname: string };
    }) =>
      !isLeavingOnPurpose.current &&
      (isFailingRef.current || hasUnsavedEditRef.current) &&
      currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlocker(shouldBlock);
  const leaveOnPurpose = useCallback(() => {
    isLeavingOnPurpose.current = true;
  }, []);
  return { blocker, leaveOnPurpose };
}
