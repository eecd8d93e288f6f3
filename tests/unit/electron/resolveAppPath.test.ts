import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../electron/protocol/resolveAppPath';

const root = path.join(os.tmpdir(), 'ij-root');
const resolve = (url: string) => resolveAppPath(url, root, 'journal');

function isInsideRoot(resolved: string): boolean {
  const relative = path.relative(root, resolved);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

describe('resolveAppPath', () => {
  // The URL parser folds these dot segments before the resolver sees them: each lands on a file
  // inside the root, stated exactly, so a resolver that escaped the root or refused would fail.
  it.each([
    ['app://journal/../etc/passwd', 'etc/passwd'],
    ['app://journal/%2e%2e/secret', 'secret'],
    ['app://journal//etc/passwd', 'etc/passwd'],
    ['app://journal/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
  ])('keeps %s inside the root, at %s', (url, inside) => {
    const resolved = resolve(url);
    expect(resolved).not.toBeNull();
    expect(resolved).toBe(path.join(root, inside));
    expect(isInsideRoot(resolved ?? '')).toBe(true);
  });

  it.each([
    'app://journal/%2E%2E%2Fsecret',
    'app://journal/..%5csecret',
    'app://journal/a\\..\\b',
    'app://journal/%00index.html',
    'app://journal/C:/Windows',
    'app://journal/%E0%A4%A',
  ])('refuses %s outright', (url) => {
    expect(resolve(url)).toBeNull();
  });

  it.each([
    'app://other/index.html',
    'app://journal.evil/index.html',
    'app://journal:8080/index.html',
    'not a url',
  ])('refuses a request for another host or a malformed URL: %s', (url) => {
    expect(resolve(url)).toBeNull();
  });

  it('serves index.html for the bare origin', () => {
    expect(resolve('app://journal/')).toBe(path.join(root, 'index.html'));
  });

  it('resolves an asset to a file inside the root', () => {
    const resolved = resolve('app://journal/assets/index-abc.js');
    expect(resolved).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(isInsideRoot(resolved ?? '')).toBe(true);
  });

  it('ignores the query string and fragment', () => {
    expect(resolve('app://journal/index.html?x=1#/people')).toBe(path.join(root, 'index.html'));
  });
});
