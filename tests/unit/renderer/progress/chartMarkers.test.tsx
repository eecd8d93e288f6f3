import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markers, markerPath } from '../../../../renderer/features/progress/chartParts';

describe('chart markers as one path', () => {
  it('outlines each shape where the single-marker elements drew it', () => {
    expect(markerPath('square', 10, 20, 5)).toBe('M5,15h10v10h-10z');
    expect(markerPath('triangle', 10, 20, 4)).toBe('M10,15L15,24L5,24z');
    expect(markerPath('diamond', 10, 20, 4)).toBe('M10,15L15,20L10,25L5,20z');
    expect(markerPath('circle', 10, 20, 4)).toBe('M6,20a4,4 0 1,0 8,0a4,4 0 1,0 -8,0z');
  });

  it('draws every point of a series in one element, crosses unfilled', () => {
    const points = [
      { x: 1, y: 2 },
      { x: 30, y: 40 },
      { x: 50, y: 60 },
    ];
    const { container } = render(
      <svg>
        <Markers shape="square" points={points} size={2} />
        <Markers shape="cross" points={points} size={2} />
        <Markers shape="circle" points={[]} />
      </svg>,
    );
    const paths = container.querySelectorAll('path');
    expect(paths).toHaveLength(2);
    expect(paths[0]?.getAttribute('d')).toBe('M-1,0h4v4h-4zM28,38h4v4h-4zM48,58h4v4h-4z');
    expect(paths[1]?.getAttribute('class')).toBe('progress-cross');
  });
});
