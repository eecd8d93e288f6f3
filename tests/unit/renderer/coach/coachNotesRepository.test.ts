import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COACH_COMMENT_MAX_CHARS } from '../../../../shared/coach/coachComment';
import { CoachCommentValidationError } from '../../../../renderer/db/coach/coachNotesRepository';
import { openCoachKit } from './coachTestKit';

const CLIENT = '019ce0a2-5d40-7a1b-8c3d-000000000c11';
const REFLECTION = '019ce0a2-5d40-7000-8000-000000000001';
const OTHER_REFLECTION = '019ce0a2-5d40-7000-8000-000000000002';

let clock = new Date('2026-12-06T09:00:00.000Z');
let kit: ReturnType<typeof openCoachKit>;
beforeEach(() => {
  clock = new Date('2026-12-06T09:00:00.000Z');
  kit = openCoachKit(() => clock);
});
afterEach(() => kit.dispose());

describe('coach comments', () => {
  it('adds, edits and deletes a comment, dated, on a reflection or one principle block', async () => {
    const whole = await kit.notes.addComment({
      clientId: CLIENT,
      reflectionId: REFLECTION,
      principleId: null,
      text: '  You asked before the deadline, which gave them room.  ',
    });
    clock = new Date('2026-12-06T09:05:00.000Z');
    const onPrinciple = await kit.notes.addComment({
      clientId: CLIENT,
      reflectionId: REFLECTION,
      principleId: 'negotiate-dont-manipulate',
      text: 'What did they need from this?',
    });
    await kit.notes.addComment({
      clientId: CLIENT,
      reflectionId: OTHER_REFLECTION,
      principleId: null,
      text: 'x',
    });

    expect(whole).toMatchObject({
      text: 'You asked before the deadline, which gave them room.',
      principleId: null,
      createdAt: '2026-12-06T09:00:00.000Z',
      updatedAt: '2026-12-06T09:00:00.000Z',
    });
    expect(await kit.notes.commentsOn(CLIENT, REFLECTION)).toEqual([whole, onPrinciple]);

    clock = new Date('2026-12-06T10:00:00.000Z');
    const edited = await kit.notes.editComment(whole.id, 'You asked early.');
    expect(edited).toEqual({ ...whole, text: 'You asked early.', updatedAt: '2026-12-06T10:00:00.000Z' });

    await kit.notes.deleteComment(onPrinciple.id);
    expect(await kit.notes.commentsOn(CLIENT, REFLECTION)).toEqual([edited]);
  });

  it('refuses an empty or too long comment, and keeps the stored one as it was', async () => {
    const saved = await kit.notes.addComment({
      clientId: CLIENT,
      reflectionId: REFLECTION,
      principleId: null,
      text: 'Kept',
    });
    await expect(
      kit.notes.addComment({ clientId: CLIENT, reflectionId: REFLECTION, principleId: null, text: '   ' }),
    ).rejects.toThrow(new CoachCommentValidationError('Comment cannot be empty'));
    await expect(kit.notes.editComment(saved.id, 'x'.repeat(COACH_COMMENT_MAX_CHARS + 1))).rejects.toThrow(
      CoachCommentValidationError,
    );
    expect(await kit.notes.commentsOn(CLIENT, REFLECTION)).toEqual([saved]);
  });

  it('refuses to edit a comment deleted meanwhile instead of bringing it back', async () => {
    const saved = await kit.notes.addComment({
      clientId: CLIENT,
      reflectionId: REFLECTION,
      principleId: null,
      text: 'Soon gone',
    });
    await kit.notes.deleteComment(saved.id);
    await expect(kit.notes.editComment(saved.id, 'Back?')).rejects.toThrow('This comment was deleted.');
    expect(await kit.notes.commentsFor(CLIENT)).toEqual([]);
  });
});

describe('Needs discussion and session notes', () => {
  it('flags and unflags a reflection, and keeps session notes with their choice', async () => {
    await kit.notes.setFlag(CLIENT, REFLECTION, true);
    expect(await kit.notes.isFlagged(CLIENT, REFLECTION)).toBe(true);
    expect(await kit.notes.flagsFor(CLIENT)).toEqual([
      { clientId: CLIENT, reflectionId: REFLECTION, flaggedAt: '2026-12-06T09:00:00.000Z' },
    ]);
    await kit.notes.setFlag(CLIENT, REFLECTION, false);
    expect(await kit.notes.isFlagged(CLIENT, REFLECTION)).toBe(false);

    expect(await kit.notes.sessionNotes(CLIENT)).toBeNull();
    await kit.notes.saveSessionNotes(CLIENT, { text: 'Talk about budgets', includeInFeedback: true });
    expect(await kit.notes.sessionNotes(CLIENT)).toEqual({
      clientId: CLIENT,
      text: 'Talk about budgets',
      includeInFeedback: true,
      updatedAt: '2026-12-06T09:00:00.000Z',
    });
  });
});
