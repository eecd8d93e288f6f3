import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  appSchemePrivileges,
  createAppProtocolHandler,
} from '../../../electron/protocol/registerAppProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

const root = path.join(os.tmpdir(), 'ij-root');

function fakeReader(files: Record<string, string>) {
  return vi.fn(async (filePath: string): Promise<Uint8Array> => {
    const content = files[filePath];
    if (content === undefined) throw Object.assign(new Error(`ENOENT: ${filePath}`), { code: 'ENOENT' });
    return new TextEncoder().encode(content);
  });
}

describe('app:// protocol handler', () => {
  it('serves index.html as HTML with the exact CSP and nosniff', async () => {
    const read = fakeReader({ [path.join(root, 'index.html')]: '<!doctype html><title>x</title>' });
    const response = await createAppProtocolHandler(root, read)({ url: 'app://journal/' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>x</title>');
    expect(read).toHaveBeenCalledExactlyOnceWith(path.join(root, 'index.html'));
  });

  it('serves a script with a JavaScript content type', async () => {
    const read = fakeReader({ [path.join(root, 'assets', 'index-abc.js')]: 'console.log(1)' });
    const response = await createAppProtocolHandler(root, read)({ url: 'app://journal/assets/index-abc.js' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/javascript/);
  });

  it.each(['app://journal/%2E%2E%2Fsecret', 'app://journal/..%5csecret', 'app://other/index.html'])(
    'answers a traversal or foreign request (%s) with 404 without reading anything',
    async (url) => {
      const read = fakeReader({});
      const response = await createAppProtocolHandler(root, read)({ url });
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(read).not.toHaveBeenCalled();
    },
  );

  it('answers a missing file with 404', async () => {
    const read = fakeReader({});
    const response = await createAppProtocolHandler(root, read)({ url: 'app://journal/missing.js' });
    expect(response.status).toBe(404);
    expect(read).toHaveBeenCalledExactlyOnceWith(path.join(root, 'missing.js'));
  });

  it('registers app:// as a standard, secure scheme that supports fetch and keeps a code cache', () => {
    expect(appSchemePrivileges.scheme).toBe('app');
    expect(appSchemePrivileges.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      codeCache: true,
    });
  });
});
