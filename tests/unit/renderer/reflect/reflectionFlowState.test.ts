import { describe, expect, it } from 'vitest';
import { textLimits } from '../../../../shared/domain/fieldSchemas';
import { builtInPrinciples, resolvePrinciples } from '../../../../shared/domain/principles';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import {
  buildSteps,
  errorsByField,
  fieldIdFor,
  flowReducer,
  initialFlowState,
  quickPrincipleOf,
  stepIndexForPath,
  stepIndexFromParam,
  type FlowAction,
  type FlowState,
} from '../../../../renderer/features/reflect/reflectionFlowState';

const steps = buildSteps(resolvePrinciples(builtInPrinciples, []));
const PERSON_A = '0190b5e2-7c4d-7a1b-8c3d-1e2f3a4b5c6d';
const PERSON_B = '0190b5e2-7c4d-7a1b-8c3d-1e2f3a4b5c6e';

function draft(): Reflection {
  return createDraftReflection({ now: new Date('2026-03-10T09:00:00Z'), timeZone: 'Europe/Berlin' });
}

function run(actions: readonly FlowAction[], start: FlowState = initialFlowState(draft(), false)): FlowState {
  return actions.reduce(flowReducer, start);
}

describe('the steps of the guided flow', () => {
  it('walks the conversation, one step per principle, the outcome, then the review', () => {
    expect(steps.map((step) => step.title)).toEqual([
      'The conversation',
      'Empowered adults',
      'Sphere of influence',
      "Negotiate, don't manipulate",
      'Build partnerships',
      'Outcome and next step',
      'Review and save',
    ]);
  });

  it('reads ?step= counted from 1 and never points outside the flow', () => {
    expect(stepIndexFromParam(null, 7)).toBe(0);
    expect(stepIndexFromParam('3', 7)).toBe(2);
    expect(stepIndexFromParam('99', 7)).toBe(6);
    for (const nonsense of ['0', '-2', '2.5', 'two', '']) expect(stepIndexFromParam(nonsense, 7)).toBe(0);
  });

  it('sends each validation message to the step that shows its field', () => {
    expect(stepIndexForPath('personIds', steps)).toBe(0);
    expect(stepIndexForPath('occurredAt', steps)).toBe(0);
    expect(stepIndexForPath('principles.sphere-of-influence.rating', steps)).toBe(2);
    expect(stepIndexForPath('principles.build-partnerships.checks.trust', steps)).toBe(4);
    expect(stepIndexForPath('nextStep.followUpAt', steps)).toBe(5);
    expect(stepIndexForPath('tags.2', steps)).toBe(5);
    expect(stepIndexForPath('', steps)).toBe(6);
    expect(stepIndexForPath('principles.retired-principle.rating', steps)).toBe(6);
  });

  it('derives element ids from data paths', () => {
    expect(fieldIdFor('personIds')).toBe('reflect-personIds');
    expect(fieldIdFor('principles.empowered-adults.checks.what-i-owned')).toBe(
      'reflect-principles-empowered-adults-checks-what-i-owned',
    );
  });
});

describe('flowReducer', () => {
  it('counts every change, which brings a new reflection into the journal', () => {
    const state = run([{ type: 'set', patch: { asked: 'Two more days' } }]);
    expect(state.reflection.asked).toBe('Two more days');
    expect(state.revision).toBe(1);
    expect(state.isInJournal).toBe(true);
  });

  it('clears the message of the field being fixed and keeps the others', () => {
    const state = run([
      {
        type: 'showErrors',
        errors: { asked: 'What you asked for is required', personIds: 'Add at least one person' },
      },
      { type: 'set', patch: { asked: 'A budget' } },
    ]);
    expect(state.errors).toEqual({ personIds: 'Add at least one person' });
    expect(run([{ type: 'addPerson', personId: PERSON_A }], state).errors).toEqual({});
  });

  it('adds people once each and takes a relationship only when none is set', () => {
    const state = run([
      { type: 'addPerson', personId: PERSON_A, relationship: 'peer' },
      { type: 'addPerson', personId: PERSON_B, relationship: 'manager' },
      { type: 'addPerson', personId: PERSON_A },
    ]);
    expect(state.reflection.personIds).toEqual([PERSON_A, PERSON_B]);
    expect(state.reflection.relationship).toBe('peer');
    expect(run([{ type: 'removePerson', personId: PERSON_A }], state).reflection.personIds).toEqual([
      PERSON_B,
    ]);
  });

  it('keeps principle answers together and drops an entry that is emptied again', () => {
    const state = run([
      { type: 'setPrinciple', principleId: 'empowered-adults', patch: { rating: 4 } },
      { type: 'setCheck', principleId: 'empowered-adults', checkId: 'escalated-to-manager', answer: 'no' },
    ]);
    expect(state.reflection.principles['empowered-adults']).toEqual({
      applied: null,
      rating: 4,
      notes: '',
      checks: { 'escalated-to-manager': 'no' },
    });
    const emptied = run([
      { type: 'setPrinciple', principleId: 'sphere-of-influence', patch: { notes: 'x' } },
    ]);
    const cleared = run(
      [{ type: 'setPrinciple', principleId: 'sphere-of-influence', patch: { notes: '' } }],
      emptied,
    );
    expect(cleared.reflection.principles).toEqual({});
  });

  it('moves the quick note principle tag without touching other answers', () => {
    const state = run([
      { type: 'setPrinciple', principleId: 'empowered-adults', patch: { rating: 3 } },
      { type: 'setQuickPrinciple', principleId: 'empowered-adults' },
      { type: 'setQuickPrinciple', principleId: 'build-partnerships' },
    ]);
    expect(quickPrincipleOf(state.reflection)).toBe('build-partnerships');
    expect(state.reflection.principles['empowered-adults']).toMatchObject({ applied: null, rating: 3 });
    expect(run([{ type: 'setQuickPrinciple', principleId: null }], state).reflection.principles).toEqual({
      'empowered-adults': { applied: null, rating: 3, notes: '', checks: {} },
    });
  });

  it('adds tags trimmed, once each whatever the case, and ignores blanks', () => {
    const state = run([
      { type: 'addTags', tags: [' budget ', 'Launch'] },
      { type: 'addTags', tags: ['BUDGET', '  ', 'launch'] },
    ]);
    expect(state.reflection.tags).toEqual(['budget', 'Launch']);
    expect(state.revision).toBe(1);
    expect(run([{ type: 'removeTag', tag: 'budget' }], state).reflection.tags).toEqual(['Launch']);
  });

  it('never cuts an over-long tag: it is left out whole', () => {
    const long = 'x'.repeat(textLimits.tag + 1);
    const state = run([{ type: 'addTags', tags: [long, 'budget'] }]);
    expect(state.reflection.tags).toEqual(['budget']);
  });

  it('switching to the quick note is not a change until the reflection is in the journal', () => {
    const fresh = run([{ type: 'setMode', mode: 'quick' }]);
    expect(fresh.reflection.mode).toBe('quick');
    expect(fresh.revision).toBe(0);
    expect(fresh.isInJournal).toBe(false);
    const stored = run([{ type: 'setMode', mode: 'quick' }], initialFlowState(draft(), true));
    expect(stored.revision).toBe(1);
  });

  it('keeps the next step and its follow-up together', () => {
    const state = run([
      { type: 'setNextStep', patch: { text: 'Send the plan' } },
      { type: 'setNextStep', patch: { followUpAt: '2026-03-12T09:00' } },
    ]);
    expect(state.reflection.nextStep).toEqual({
      text: 'Send the plan',
      followUpAt: '2026-03-12T09:00',
      timeZone: 'Europe/Berlin',
    });
  });
});

describe('errorsByField', () => {
  it('keys the first message for each field by its dotted path', () => {
    const errors = errorsByField({
      issues: [
        { path: ['personIds'], message: 'Add at least one person' },
        {
          path: ['principles', 'empowered-adults', 'rating'],
          message: 'Rating must be a whole number from 1 to 5',
        },
        { path: ['personIds'], message: 'a later message' },
      ],
    });
    expect(errors).toEqual({
      personIds: 'Add at least one person',
      'principles.empowered-adults.rating': 'Rating must be a whole number from 1 to 5',
    });
  });
});
