import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { TEST_NOTIFICATION_TOO_SOON } from '../../../shared/ipc/remindersContract';
import { emptyRemindersState, REMINDERS_LIMIT } from '../../../shared/reminders/reminderSchema';
import { currentUserDataDir, startAndBecomeReady, useMainTestSetup, type ElectronFake } from './mainTestKit';
import { reminder } from './reminderServiceKit';

// mainTestKit (imported above) puts its electron fake on globalThis; see electronModule there.
vi.mock('electron', () => (globalThis as unknown as { __ijElectronModule: object }).__ijElectronModule);

useMainTestSetup();

const fromApp = { senderFrame: { url: 'app://journal/index.html' } };

function ipc(fake: ElectronFake, channel: string) {
  const handler = fake.ipcMain.handle.mock.calls.find(([name]) => name === channel)?.[1];
  if (!handler) throw new Error(`${channel} was not registered`);
  return (payload?: unknown) => handler(fromApp, payload);
}

const remindersFile = () => path.join(currentUserDataDir(), 'journal-files', 'reminders.json');

describe('main entry, limits at the IPC boundary', () => {
  it('sends one test notification a second and says "wait a moment" to a second one', async () => {
    const { fake } = await startAndBecomeReady();
    const sendTest = ipc(fake, 'reminders:send-test');
    await expect(sendTest()).resolves.toMatchObject({ ok: true, value: { outcome: 'shown' } });
    await expect(sendTest()).resolves.toEqual({
      ok: true,
      value: { outcome: 'too-soon', detail: TEST_NOTIFICATION_TOO_SOON },
    });
    expect(TEST_NOTIFICATION_TOO_SOON).toBe('Wait a moment before sending another test notification.');
  });

  it(`refuses a reminder beyond ${REMINDERS_LIMIT} and leaves the saved ones as they were`, async () => {
    await mkdir(path.dirname(remindersFile()), { recursive: true });
    const full = {
      ...emptyRemindersState(),
      reminders: Array.from({ length: REMINDERS_LIMIT }, (_, i) => reminder({ id: `rhythm-${i}` })),
    };
    await writeFile(remindersFile(), JSON.stringify(full));
    const before = await readFile(remindersFile(), 'utf8');
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { fake } = await startAndBecomeReady();
    const result = await ipc(fake, 'reminders:upsert')({ reminder: reminder({ id: 'one-too-many' }) });
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect((result as { error: { message: string } }).error.message).toContain(`at most ${REMINDERS_LIMIT}`);
    const after = JSON.parse(await readFile(remindersFile(), 'utf8')) as { reminders: unknown[] };
    expect(after.reminders).toHaveLength(REMINDERS_LIMIT);
    expect(JSON.parse(before)).toMatchObject({ reminders: after.reminders });
    consoleError.mockRestore();
    // A thousand reminders take their time to schedule on two shared cores.
  }, 30_000);
});
