import { describe, expect, it } from 'vitest';
import { describeCheckAnswers } from '../../../../renderer/features/journal/describeCheckAnswers';

describe('check answers as text', () => {
  it('uses the questions and option labels the guided flow showed', () => {
    expect(
      describeCheckAnswers({
        'escalated-to-manager': 'considered',
        'tactics-used': ['asked-priorities', 'threats'],
        trust: 3,
        'shared-goal': 'Ship the launch on time',
      }),
    ).toEqual([
      {
        checkId: 'escalated-to-manager',
        question: 'Did I take it to my manager instead of handling it myself?',
        answer: 'I considered it',
      },
      {
        checkId: 'tactics-used',
        question: 'Which tactics did I use?',
        answer: 'Asked about their priorities, Used threats',
      },
      { checkId: 'trust', question: 'How much do we trust each other now?', answer: '3 of 5' },
      { checkId: 'shared-goal', question: 'What goal do we share?', answer: 'Ship the launch on time' },
    ]);
  });

  it('leaves out unanswered checks and keeps ones a newer version added', () => {
    expect(
      describeCheckAnswers({
        'what-i-owned': '  ',
        'relationship-after': '',
        'tactics-used': [],
        'future-check': 'kept',
      }),
    ).toEqual([{ checkId: 'future-check', question: 'future-check', answer: 'kept' }]);
  });
});
