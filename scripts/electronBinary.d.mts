export const electronPackageDir: string;
export function findElectronBinary(
  env?: Record<string, string | undefined>,
): { found: true; path: string } | { found: false; reason: string };
