import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A page's level-1 heading. It takes focus when the page opens so a keyboard or
 * screen-reader user lands on the new page instead of the link they left.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement && document.activeElement !== document.body) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
