import { describe, expect, it } from 'vitest';
import {
  createNavigationGuards,
  installNavigationGuards,
  isAppOrigin,
  type NavigationGuardTarget,
} from '../../../electron/security/navigationGuards';
import { FakeWebContents, fakeEvent } from './fakeBrowserWindow';

const appOrigin = 'app://journal';
const guards = () => createNavigationGuards(appOrigin);

const foreignUrls = [
  'https://evil.example',
  'https://example.com/a',
  'mailto:someone@example.com',
  'file:///etc/passwd',
  'app://journal.evil/',
  'app://journalx/',
  'javascript:alert(1)',
  'data:text/html,x',
  'http://journal',
];

describe('navigation guards', () => {
  it.each(foreignUrls)('prevents will-navigate to %s', (url) => {
    const event = fakeEvent();
    guards().onWillNavigate(event, url);
    expect(event.defaultPrevented).toBe(true);
  });

  it.each(foreignUrls)('prevents will-redirect to %s', (url) => {
    const event = fakeEvent();
    guards().onWillRedirect(event, url);
    expect(event.defaultPrevented).toBe(true);
  });

  it.each(foreignUrls)('denies a new window for %s', (url) => {
    expect(guards().windowOpenHandler({ url })).toEqual({ action: 'deny' });
  });

  it('allows navigation and redirects within the app origin', () => {
    const navigation = fakeEvent();
    const redirect = fakeEvent();
    guards().onWillNavigate(navigation, 'app://journal/index.html#/people');
    guards().onWillRedirect(redirect, 'app://journal/index.html#/people');
    expect(navigation.defaultPrevented).toBe(false);
    expect(redirect.defaultPrevented).toBe(false);
  });

  it('treats an app:// URL as the app origin even though Node reports its origin as "null"', () => {
    expect(new URL('app://journal/index.html').origin).toBe('null');
    expect(isAppOrigin('app://journal/index.html', appOrigin)).toBe(true);
    expect(isAppOrigin('javascript:alert(1)', 'null')).toBe(false);
  });

  it('installs one listener per event and the window-open handler on web contents', () => {
    const contents = new FakeWebContents();
    installNavigationGuards(contents as unknown as NavigationGuardTarget, appOrigin);
    expect(contents.listeners.get('will-navigate')).toHaveLength(1);
    expect(contents.listeners.get('will-redirect')).toHaveLength(1);
    const event = fakeEvent();
    contents.emit('will-redirect', event, 'https://evil.example');
    expect(event.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/a' })).toEqual({ action: 'deny' });
  });
});
