export interface WindowPolicy {
  platform: NodeJS.Platform;
  /** True only in an unpackaged build (`npm run dev`, `npm start` from a clone). */
  allowDevTools: boolean;
}

/**
 * Spell checking stays on only where the operating system checks spelling itself (macOS). On
 * Windows and Linux Chromium's checker downloads its dictionaries from Google's servers, and the
 * journal promises that nothing leaves the machine, so it is off there.
 */
export function spellCheckerUsesOs(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

/**
 * The one set of webPreferences every window gets. Listed in full, including defaults,
 * so a change of Electron default cannot silently loosen a window.
 */
export function secureWebPreferences(preloadPath: string, policy: WindowPolicy) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: spellCheckerUsesOs(policy.platform),
    devTools: policy.allowDevTools,
  } as const;
}
