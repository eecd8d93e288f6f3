import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After an in-app navigation, focus moves to the new page's heading, so keyboard and
 * screen-reader users land on the page instead of staying on the link they left.
 * The first render is left alone: nothing was navigated yet.
 */
export function useFocusHeadingOnNavigate(container: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    container.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [pathname, container]);
}
