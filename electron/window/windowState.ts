import { z } from 'zod';

export const windowStateSchema = z.strictObject({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const defaultWindowState: WindowState = { width: 1200, height: 800, isMaximized: false };

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A remembered position on a monitor that is no longer attached would open the window off screen. */
export function fitWindowState(state: WindowState, workAreas: Rectangle[]): WindowState {
  const { x, y } = state;
  if (x === undefined || y === undefined) return state;
  const visible = workAreas.some(
    (area) =>
      x + 100 >= area.x && y >= area.y && x + 100 <= area.x + area.width && y + 50 <= area.y + area.height,
  );
  return visible ? state : { width: state.width, height: state.height, isMaximized: state.isMaximized };
}
