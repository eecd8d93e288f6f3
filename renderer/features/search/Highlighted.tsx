import { Fragment } from 'react';
import type { HighlightSegment } from '../../../shared/search/highlightSegments';

/** Marked words as <mark>, everything as text nodes: what was typed is never parsed as HTML. */
export function Highlighted({ segments }: { segments: readonly HighlightSegment[] }) {
  return segments.map((segment, position) =>
    segment.match ? (
      <mark key={position}>{segment.text}</mark>
    ) : (
      <Fragment key={position}>{segment.text}</Fragment>
    ),
  );
}
