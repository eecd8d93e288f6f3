import { readFile } from 'node:fs/promises';
import { APP_HOST, APP_SCHEME } from '../../shared/app/identity';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { mimeTypeFor } from './mimeTypes';
import { resolveAppPath } from './resolveAppPath';

/**
 * The privilege set for app://; must be registered before `ready`. IndexedDB needs a standard
 * scheme. Code cache keeps V8's compiled start-up code between launches (Electron enables it
 * only for http(s) unless a scheme asks): compiling and caching the bundle again on every
 * launch cost 100 to 250 ms before the first rows in start-up traces.
 */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
} as const;

export const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export type ReadAsset = (filePath: string) => Promise<Uint8Array>;

/** Serves the built renderer from `rootDir`; anything outside it is a 404. */
export function createAppProtocolHandler(rootDir: string, read: ReadAsset = readFile) {
  return async (request: { url: string }): Promise<Response> => {
    const filePath = resolveAppPath(request.url, rootDir, APP_HOST);
    if (filePath === null) return new Response('Not found', { status: 404, headers: securityHeaders });
    try {
      const body = await read(filePath);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': mimeTypeFor(filePath) },
      });
    } catch {
      return new Response('Not found', { status: 404, headers: securityHeaders });
    }
  };
}
