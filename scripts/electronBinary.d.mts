export const electronPackageDir: string;
export function findElectronBinary(
  env?: Record<string, string | undefined>,
  packageDir?: string,
): { found: true; path: string } | { found: false; reason: string; downloadable: boolean };

export interface InstallOutcome {
  status: number | null;
  error?: Error;
  stderr?: string | Buffer | null;
  signal?: string | null;
}
export function describeInstallFailure(install: InstallOutcome): string;
export const CANNOT_START: string;
export function ensureElectronBinary(deps: {
  find: () => ReturnType<typeof findElectronBinary>;
  download: () => InstallOutcome;
  log: (line: string) => void;
  error: (line: string) => void;
}): { ok: true; path: string } | { ok: false };
