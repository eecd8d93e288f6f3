import { useState } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

/**
 * Local state for a control whose value also lives in the URL. The router applies URL changes
 * in a transition, so a control bound straight to the URL would briefly show the old value and
 * lose keystrokes; instead the control owns its value and takes the URL's only when the URL
 * changed by itself (Back, Forward) or when `reset` is called.
 */
export function useUrlDraft<T>(fromUrl: T): [T, (next: T) => void] {
  const location = useLocation();
  const navigationType = useNavigationType();
  const [draft, setDraft] = useState(fromUrl);
  const [seenKey, setSeenKey] = useState(location.key);
  if (seenKey !== location.key) {
    setSeenKey(location.key);
    if (navigationType === NavigationType.Pop) setDraft(fromUrl);
  }
  return [draft, setDraft];
}
