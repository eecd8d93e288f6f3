import { describe, expect, it } from 'vitest';
import { coachCommentSchema } from '../../../../shared/coach/coachComment';
import {
  buildFeedbackFile,
  encryptFeedbackFile,
  FEEDBACK_FORMAT,
  FeedbackFileError,
  MAX_FEEDBACK_CHARS,
  parseFeedbackFile,
  readFeedbackText,
} from '../../../../shared/coach/feedbackFile';
import { ImportFileError } from '../../../../shared/data/importErrors';
import { WRONG_PASSPHRASE_MESSAGE } from '../../../../shared/data/passphraseEnvelope';
import { comment, FEEDBACK_JOURNAL_ID, feedbackInput, reflectionId } from './feedbackFixtures';

const FAST = { iterations: 100_000 };

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  return 'no error';
}

function edited(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(buildFeedbackFile(feedbackInput())) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

describe('coach comment', () => {
  it('trims the text and refuses an empty or overlong comment', () => {
    expect(coachCommentSchema.parse(comment(1, { text: '  Well done.\n' })).text).toBe('Well done.');
    expect(coachCommentSchema.safeParse(comment(1, { text: '   ' })).success).toBe(false);
    expect(coachCommentSchema.safeParse(comment(1, { text: 'x'.repeat(10_001) })).success).toBe(false);
    expect(coachCommentSchema.safeParse(comment(1, { principleId: 'not-a-principle' })).success).toBe(false);
  });
});

describe('feedback file', () => {
  it('round-trips: what the coach builds is what the client reads', () => {
    const text = buildFeedbackFile(feedbackInput({ sessionNotes: 'Talk about the budget meeting.' }));
    expect(text.endsWith('}\n')).toBe(true);
    const file = parseFeedbackFile(text);
    expect(file.format).toBe(FEEDBACK_FORMAT);
    expect(file.version).toBe(1);
    expect(file.journalId).toBe(FEEDBACK_JOURNAL_ID);
    expect(file.coachName).toBe('Sam Coach');
    expect(file.comments.map(({ reflectionId: id, principleId }) => [id, principleId])).toEqual([
      [reflectionId(1), null],
      [reflectionId(2), 'sphere-of-influence'],
    ]);
    expect(file.needsDiscussion).toEqual([reflectionId(2)]);
    expect(file.sessionNotes).toBe('Talk about the budget meeting.');
  });

  it('gives the same bytes whatever order the comments come in, and leaves optional fields out', () => {
    const input = feedbackInput({ coachName: undefined });
    const reversed = { ...input, comments: [...input.comments].reverse() };
    expect(buildFeedbackFile(reversed)).toBe(buildFeedbackFile(input));
    const parsed = JSON.parse(buildFeedbackFile(input)) as Record<string, unknown>;
    expect(Object.keys(parsed)).not.toContain('coachName');
    expect(Object.keys(parsed)).not.toContain('sessionNotes');
  });

  it('refuses to build a file with a broken comment, naming the comment and field', () => {
    const bad = feedbackInput({ comments: [comment(1), comment(2, { text: '' })] });
    expect(messageOf(() => buildFeedbackFile(bad))).toBe(
      `${new FeedbackFileError('').name}: The feedback file could not be made. ` +
        `Comment 2 (id ${comment(2).id}), field “Comment”: Comment cannot be empty.`,
    );
  });

  it('names the first problem by comment and field', () => {
    const text = edited((file) => {
      file.comments = [comment(1), { ...comment(2), reflectionId: 'nope' }];
    });
    expect(messageOf(() => parseFeedbackFile(text))).toBe(
      'ImportFileError: This file cannot be imported. ' +
        `Comment 2 (id ${comment(2).id}), field “Reflection id”: ` +
        'Reflection id must be a UUIDv7 such as 0190b5e2-7c4d-7a1b-8c3d-1e2f3a4b5c6d.',
    );
  });

  it('refuses duplicate comment ids, unknown fields and the same reflection flagged twice', () => {
    const duplicate = edited((file) => {
      file.comments = [comment(1), comment(1)];
    });
    expect(messageOf(() => parseFeedbackFile(duplicate))).toContain(
      `Comment 2 (id ${comment(1).id}), field “Comment id”: Another comment has the id`,
    );
    const extra = edited((file) => {
      file.mood = 'good';
    });
    expect(messageOf(() => parseFeedbackFile(extra))).toMatch(
      /^ImportFileError: This file cannot be imported/,
    );
    const twice = edited((file) => {
      file.needsDiscussion = [reflectionId(2), reflectionId(2)];
    });
    expect(messageOf(() => parseFeedbackFile(twice))).toContain(
      'Needs discussion lists the same reflection twice',
    );
  });

  it('refuses a newer version with the words the journal import uses', () => {
    const newer = edited((file) => {
      file.version = 2;
    });
    expect(messageOf(() => parseFeedbackFile(newer))).toContain(
      'made by a newer version of Influence Journal',
    );
  });

  it('refuses what is not JSON, not feedback, or too large', () => {
    expect(messageOf(() => parseFeedbackFile('{"format": "influence-journal-feedback",'))).toMatch(
      /^ImportFileError: This file is not JSON/,
    );
    expect(messageOf(() => parseFeedbackFile('{"format": "influence-journal"}'))).toBe(
      'ImportFileError: This file is not an Influence Journal coach feedback file.',
    );
    expect(messageOf(() => parseFeedbackFile(' '.repeat(MAX_FEEDBACK_CHARS + 1)))).toMatch(
      /^ImportFileError: This file is too large to be coach feedback/,
    );
  });

  it('drops __proto__ keys instead of letting them reach an object', () => {
    const text = edited((file) => {
      file.comments = [comment(1)];
    }).replace('"comments":', '"__proto__": {"polluted": true}, "comments":');
    const file = parseFeedbackFile(text);
    expect(Object.keys(file)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('round-trips encrypted: recognised once decrypted, refused with a wrong passphrase', async () => {
    const encrypted = await encryptFeedbackFile(buildFeedbackFile(feedbackInput()), 'river stone', FAST);
    expect(encrypted).not.toContain('Sam Coach');
    expect(await readFeedbackText(encrypted)).toEqual({ kind: 'needs-passphrase' });
    const reading = await readFeedbackText(encrypted, 'river stone');
    expect(reading.kind === 'feedback' ? reading.file.comments.map(({ id }) => id) : []).toEqual([
      comment(1).id,
      comment(2).id,
    ]);
    await expect(readFeedbackText(encrypted, 'wrong')).rejects.toThrow(WRONG_PASSPHRASE_MESSAGE);
    await expect(readFeedbackText(encrypted, 'wrong')).rejects.toBeInstanceOf(ImportFileError);
    expect(messageOf(() => parseFeedbackFile(encrypted))).toContain('a passphrase is needed');
  });
});
