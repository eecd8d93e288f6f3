import { describe, expect, it } from 'vitest';
import { fitWindowState, windowStateSchema, type Rectangle } from '../../../electron/window/windowState';

const primary: Rectangle = { x: 0, y: 0, width: 1920, height: 1080 };
const rightHand: Rectangle = { x: 1920, y: 0, width: 2560, height: 1440 };

describe('fitWindowState', () => {
  it('keeps a position on an attached display', () => {
    const state = { x: 2200, y: 100, width: 1200, height: 800, isMaximized: false };
    expect(fitWindowState(state, [primary, rightHand])).toEqual(state);
  });

  it('drops x and y for a position that is off every display', () => {
    const state = { x: 5000, y: 100, width: 1200, height: 800, isMaximized: true };
    const fitted = fitWindowState(state, [primary]);
    expect(fitted).toEqual({ width: 1200, height: 800, isMaximized: true });
    expect(fitted).not.toHaveProperty('x');
    expect(fitted).not.toHaveProperty('y');
  });

  it('drops the position when no display is attached at all', () => {
    expect(fitWindowState({ x: 10, y: 10, width: 1200, height: 800, isMaximized: false }, [])).toEqual({
      width: 1200,
      height: 800,
      isMaximized: false,
    });
  });

  it('leaves a state without a position unchanged', () => {
    const state = { width: 1200, height: 800, isMaximized: false };
    expect(fitWindowState(state, [primary])).toEqual(state);
  });
});

describe('windowStateSchema', () => {
  it('rejects a window only 10 pixels wide', () => {
    expect(windowStateSchema.safeParse({ width: 10, height: 800, isMaximized: false }).success).toBe(false);
  });

  it('rejects unknown keys', () => {
    expect(windowStateSchema.safeParse({ width: 1200, height: 800, isMaximized: false, z: 1 }).success).toBe(
      false,
    );
  });

  it('accepts a normal state', () => {
    expect(
      windowStateSchema.safeParse({ x: 0, y: 0, width: 1200, height: 800, isMaximized: false }).success,
    ).toBe(true);
  });
});
