export function chromiumExecutable(env?: Record<string, string | undefined>): string | undefined;
export const chromiumArgs: string[];
