import { useEffect, useState } from 'react';

/**
 * Every journal row is this tall, in rem, including the gap below it; journal.css lays the row out
 * in fixed-height lines that fit inside it. Exact sizes let the virtualizer place rows without
 * measuring them.
 */
export const JOURNAL_ROW_REM = 8.25;
/** The week heading above the first row of each week adds this much, in rem. */
export const JOURNAL_WEEK_HEADING_REM = 2.75;

const FALLBACK_ROOT_FONT_PX = 16;

function readRootFontPx(): number {
  const size = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : FALLBACK_ROOT_FONT_PX;
}

/**
 * The root font size in CSS pixels, so row sizes in rem can be given to the virtualizer in
 * pixels. Page zoom leaves it alone (it scales CSS pixels instead), but a resize or zoom can
 * switch a media query that sets it, so it is read again then; the state only changes with it.
 */
export function useRootFontPx(): number {
  const [fontPx, setFontPx] = useState(readRootFontPx);
  useEffect(() => {
    const update = () => setFontPx(readRootFontPx());
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return fontPx;
}
