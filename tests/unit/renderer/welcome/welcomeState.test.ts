import { describe, expect, it } from 'vitest';
import {
  decideAtStart,
  isWelcomeSettled,
  opensOnJournal,
  readWelcome,
  recordWelcome,
  WELCOME_STORAGE_KEY,
} from '../../../../renderer/features/welcome/welcomeState';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

const refusing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => undefined,
};

describe('the welcome record', () => {
  it('is absent until the welcome ends, then says how it ended and when', () => {
    const storage = memoryStorage();
    expect(readWelcome(storage)).toBeNull();
    expect(isWelcomeSettled(storage)).toBe(false);
    expect(recordWelcome('skipped', new Date('2026-12-06T10:00:00Z'), storage)).toBe(true);
    expect(readWelcome(storage)).toEqual({ outcome: 'skipped', at: '2026-12-06T10:00:00.000Z' });
    expect(isWelcomeSettled(storage)).toBe(true);
    expect(JSON.parse(storage.values.get(WELCOME_STORAGE_KEY) ?? '')).toEqual({
      outcome: 'skipped',
      at: '2026-12-06T10:00:00.000Z',
    });
  });

  it('treats an unreadable value as no record, so the journal decides', () => {
    for (const raw of ['not json', 'null', '"done"', '{"outcome":"later","at":"x"}', '{"outcome":"done"}']) {
      expect(readWelcome(memoryStorage({ [WELCOME_STORAGE_KEY]: raw }))).toBeNull();
    }
  });

  it('survives storage that refuses to be read or written', () => {
    expect(readWelcome(refusing)).toBeNull();
    expect(recordWelcome('done', new Date(), refusing)).toBe(false);
    expect(recordWelcome('done', new Date(), null)).toBe(false);
  });
});

describe('what happens at start', () => {
  it('offers the welcome only on an empty journal opened on its first page, with nothing recorded', () => {
    expect(decideAtStart({ settled: false, opensOnJournal: true, journalIsEmpty: true })).toBe(
      'show-welcome',
    );
    expect(decideAtStart({ settled: true, opensOnJournal: true, journalIsEmpty: true })).toBe('nothing');
    expect(decideAtStart({ settled: false, opensOnJournal: false, journalIsEmpty: true })).toBe('nothing');
  });

  it('never greets someone upgrading with a journal as new, and remembers that', () => {
    expect(decideAtStart({ settled: false, opensOnJournal: true, journalIsEmpty: false })).toBe(
      'record-not-needed',
    );
    expect(decideAtStart({ settled: false, opensOnJournal: false, journalIsEmpty: false })).toBe(
      'record-not-needed',
    );
  });

  it('counts the bare address and the journal as the first page, nothing else', () => {
    expect(opensOnJournal('/')).toBe(true);
    expect(opensOnJournal('/journal')).toBe(true);
    expect(opensOnJournal('/reminders')).toBe(false);
    expect(opensOnJournal('/journal/x')).toBe(false);
  });
});
