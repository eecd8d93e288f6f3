import { describe, expect, it, vi } from 'vitest';
import {
  createNavigationGuards,
  installNavigationGuards,
  isAppOrigin,
  type NavigationGuardTarget,
} from '../../../electron/security/navigationGuards';
import { FakeWebContents, fakeEvent } from './fakeBrowserWindow';

const appOrigin = 'app://journal';

function setup() {
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  return { guards: createNavigationGuards(appOrigin, openExternal), openExternal };
}

const foreignUrls = [
  'https://evil.example',
  'file:///etc/passwd',
  'app://journal.evil/',
  'app://journalx/',
  'javascript:alert(1)',
  'data:text/html,x',
  'http://journal',
];

describe('navigation guards', () => {
  it.each(foreignUrls)('prevents will-navigate to %s', (url) => {
    const { guards } = setup();
    const event = fakeEvent();
    guards.onWillNavigate(event, url);
    expect(event.defaultPrevented).toBe(true);
  });

  it.each(foreignUrls)('prevents will-redirect to %s', (url) => {
    const { guards } = setup();
    const event = fakeEvent();
    guards.onWillRedirect(event, url);
    expect(event.defaultPrevented).toBe(true);
  });

  it('allows navigation and redirects within the app origin', () => {
    const { guards, openExternal } = setup();
    const navigation = fakeEvent();
    const redirect = fakeEvent();
    guards.onWillNavigate(navigation, 'app://journal/index.html#/people');
    guards.onWillRedirect(redirect, 'app://journal/index.html#/people');
    expect(navigation.defaultPrevented).toBe(false);
    expect(redirect.defaultPrevented).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('treats an app:// URL as the app origin even though Node reports its origin as "null"', () => {
    expect(new URL('app://journal/index.html').origin).toBe('null');
    expect(isAppOrigin('app://journal/index.html', appOrigin)).toBe(true);
    expect(isAppOrigin('javascript:alert(1)', 'null')).toBe(false);
  });

  it('hands a blocked https navigation to the system browser but not a file: one', () => {
    const { guards, openExternal } = setup();
    guards.onWillNavigate(fakeEvent(), 'https://example.com/a');
    guards.onWillNavigate(fakeEvent(), 'file:///etc/passwd');
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a');
  });

  it.each([
    ['https://example.com/a', true],
    ['mailto:someone@example.com', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['http://example.com/a', false],
    ['app://journal/index.html', false],
  ])('denies every new window and opens %s externally only when it is https or mailto (%s)', (url, opens) => {
    const { guards, openExternal } = setup();
    expect(guards.windowOpenHandler({ url })).toEqual({ action: 'deny' });
    if (opens) {
      expect(openExternal).toHaveBeenCalledExactlyOnceWith(url);
    } else {
      expect(openExternal).not.toHaveBeenCalled();
    }
  });

  it('installs the guards on web contents', () => {
    const contents = new FakeWebContents();
    const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
    installNavigationGuards(contents as unknown as NavigationGuardTarget, appOrigin, openExternal);
    const event = fakeEvent();
    contents.emit('will-redirect', event, 'https://evil.example');
    expect(event.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/a' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/a');
  });
});
