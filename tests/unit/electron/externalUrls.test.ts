import { describe, expect, it, vi } from 'vitest';
import { isSafeExternalUrl, openExternalSafely } from '../../../electron/security/externalUrls';

describe('isSafeExternalUrl', () => {
  it.each([
    ['http:', 'http://example.com/'],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['smb:', 'smb://attacker.example/share'],
    ['credentials in an https URL', 'https://user:pass@host.example/'],
    ['a user name alone in an https URL', 'https://user@host.example/'],
    ['an https URL with no host', 'https:///nohost'],
    ['an https URL with backslashes', 'https:\\\\host.example\\x'],
    ['an https URL missing its slashes', 'https:host.example'],
    ['leading whitespace', ' https://example.com/'],
    ['a 3000-character URL', `https://example.com/${'a'.repeat(2980)}`],
    ['the empty string', ''],
    ['a bare word', 'example'],
    ['a scheme-relative URL', '//example.com/'],
  ])('rejects %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { href: 'https://example.com/' }],
    ['a URL instance', new URL('https://example.com/')],
  ])('rejects a non-string: %s', (_label, value) => {
    expect(isSafeExternalUrl(value)).toBe(false);
  });

  it.each([
    'https://example.com/',
    'https://example.com/a?b=c#d',
    'HTTPS://Example.com/',
    'mailto:someone@example.com',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
});

describe('openExternalSafely', () => {
  it('opens an allowed URL and reports it opened', async () => {
    const open = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
    await expect(openExternalSafely('https://example.com/a', open)).resolves.toBe(true);
    expect(open).toHaveBeenCalledExactlyOnceWith('https://example.com/a');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'http://example.com/', 42])(
    'does not call the opener for a refused URL (%s)',
    async (url) => {
      const open = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
      await expect(openExternalSafely(url, open)).resolves.toBe(false);
      expect(open).not.toHaveBeenCalled();
    },
  );
});
