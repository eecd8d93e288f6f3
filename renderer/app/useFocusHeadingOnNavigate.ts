import { useEffect, useRef, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * After an in-app navigation, focus moves to the new page's heading, so keyboard and
 * screen-reader users land on the page instead of staying on the link they left.
 * The first render and replacements (redirects, the search box updating its address as the
 * person types) are left alone: nobody asked to go to a new page.
 */
export function useFocusHeadingOnNavigate(container: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (navigationType === 'REPLACE') return;
    const root = container.current;
    if (!root) return;
    const heading = root.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.focus();
      return;
    }
    // Pages load on demand: focus the heading once the page has arrived.
    const observer = new MutationObserver(() => {
      const arrived = root.querySelector<HTMLElement>('h1');
      if (!arrived) return;
      observer.disconnect();
      arrived.focus();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname, navigationType, container]);
}
