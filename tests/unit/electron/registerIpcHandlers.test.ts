import { describe, expect, it, vi } from 'vitest';
import type { SenderLike } from '../../../electron/ipc/isTrustedSender';
import {
  registerIpcHandlers,
  type IpcHandlers,
  type IpcMainLike,
} from '../../../electron/ipc/registerIpcHandlers';
import type { AppInfo } from '../../../shared/ipc/contract';
import { invokeContract } from '../../../shared/ipc/contract';
import { stubIpcHandlers } from './stubIpcHandlers';

type Listener = Parameters<IpcMainLike['handle']>[1];

const appInfo: AppInfo = {
  name: 'Influence Journal',
  version: '0.1.0',
  platform: 'linux',
  dataFolder: '/home/user/.config/influence-journal',
  electronVersion: '45.5.0',
};

const fromApp: SenderLike = { senderFrame: { url: 'app://journal/index.html#/journal' } };
const fromUrl = (url: string): SenderLike => ({ senderFrame: { url } });

function setup(overrides: Partial<IpcHandlers> = {}) {
  const registered = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      registered.set(channel, listener);
    },
  };
  const handlers = {
    ...stubIpcHandlers(),
    'app:get-info': vi.fn(() => appInfo),
    'app:drafts-flushed': vi.fn(() => null),
    ...overrides,
  };
  const log = vi.fn();
  registerIpcHandlers(ipcMain, handlers, 'app://journal', log);
  const call = (channel: string, event: SenderLike, payload?: unknown) => {
    const listener = registered.get(channel);
    if (!listener) throw new Error(`No handler registered for ${channel}`);
    return listener(event, payload);
  };
  return { registered, handlers, call, log };
}

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual(Object.keys(invokeContract).sort());
  });

  it('answers a call from the app page with the handler value', async () => {
    const { call, handlers } = setup();
    await expect(call('app:get-info', fromApp)).resolves.toEqual({ ok: true, value: appInfo });
    await expect(call('app:drafts-flushed', fromApp, { requestId: 'quit-1' })).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(handlers['app:drafts-flushed']).toHaveBeenCalledExactlyOnceWith({ requestId: 'quit-1' });
  });

  it.each([
    ['another site', fromUrl('https://evil.example/')],
    ['a look-alike app host', fromUrl('app://journal.evil/')],
    ['a file page', fromUrl('file:///etc/passwd')],
    ['a frame with an unparsable URL', fromUrl('not a url')],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses a call from %s without running the handler', async (_label, event) => {
    const { call, handlers } = setup();
    const result = await call('app:drafts-flushed', event, { requestId: 'quit-1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['app:drafts-flushed']).not.toHaveBeenCalled();
  });

  it.each([
    ['a number for requestId', { requestId: 42 }, 'requestId'],
    ['an unexpected extra key', { requestId: 'quit-1', extra: 1 }, 'extra'],
    ['a bare string', 'string', 'request'],
    ['no payload at all', undefined, 'request'],
    ['a requestId longer than the contract allows', { requestId: 'a'.repeat(65) }, 'requestId'],
  ])('rejects %s as an invalid request naming the channel and the field', async (_label, payload, field) => {
    const { call, handlers } = setup();
    const result = await call('app:drafts-flushed', fromApp, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const message = (result as { error: { message: string } }).error.message;
    expect(message).toContain('app:drafts-flushed');
    expect(message).toContain(field);
    expect(handlers['app:drafts-flushed']).not.toHaveBeenCalled();
  });

  it('rejects a payload sent to a channel that takes none', async () => {
    const { call, handlers } = setup();
    const result = await call('app:get-info', fromApp, { sneaky: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handlers['app:get-info']).not.toHaveBeenCalled();
  });

  it('turns a handler that throws into a failed result carrying the message', async () => {
    const { call, log } = setup({
      'app:drafts-flushed': () => Promise.reject(new Error('the window is gone')),
    });
    await expect(call('app:drafts-flushed', fromApp, { requestId: 'quit-1' })).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'the window is gone' },
    });
    expect(log).toHaveBeenCalled();
  });

  it('refuses to return a value outside the contract', async () => {
    const outOfContract = (() => 'yes') as unknown as IpcHandlers['app:drafts-flushed'];
    const { call } = setup({ 'app:drafts-flushed': outOfContract });
    const result = await call('app:drafts-flushed', fromApp, { requestId: 'quit-1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
    expect(JSON.stringify(result)).not.toContain('yes');
  });
});
