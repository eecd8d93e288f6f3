export const SCREENSHOT_VIEWPORT: { width: number; height: number };
export const SCREENSHOT_DIR: string;
export const screenshotViews: string[];
export const screenshotSchemes: string[];
export const screenshotFiles: string[];
