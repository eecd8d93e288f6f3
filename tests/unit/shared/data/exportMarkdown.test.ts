import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultExportOptions } from '../../../../shared/data/exportFormat';
import { selectForExport } from '../../../../shared/data/selectForExport';
import {
  escapeMarkdownText,
  markdownFileName,
  toMarkdown,
  toMarkdownZip,
} from '../../../../shared/data/toMarkdown';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import {
  CUSTOM_PRINCIPLE_ID,
  emptySnapshot,
  person,
  personIds,
  principlesWithCustom as principles,
  reflection,
} from './exportFixtures';

const hostile = [
  '# Not a heading',
  '> not a quote',
  '- not a list',
  '* nor this',
  '+ nor this',
  '12. not numbered',
  '3) nor this',
  '```',
  'not code',
  '~~~',
  '---',
  '===',
  '<div>not html</div>',
  '[ref]: https://example.invalid',
  '| a | b |',
  '   ## indented heading',
  'Plain words with # and > inside stay as they are.',
].join('\n');

const full = reflection(1, {
  occurredAt: '2026-03-14T09:30',
  status: 'complete',
  personIds: [personIds.tom, personIds.ana],
  relationship: 'peer',
  asked: hostile,
  context: 'They were busy.',
  outcome: 'achieved',
  learned: 'Ask earlier.',
  expected: 'A no.',
  nextStep: { text: 'Send the plan', followUpAt: '2026-03-20T09:00', timeZone: 'Europe/Paris' },
  tags: ['budget'],
  starred: true,
  principles: {
    'empowered-adults': { applied: true, rating: 4, notes: 'Owned it.', checks: {} },
    'negotiate-dont-manipulate': {
      applied: null,
      rating: null,
      notes: '',
      checks: { 'tactics-used': ['shared-data', 'offered-options'], 'their-interests': 'Time' },
    },
    [CUSTOM_PRINCIPLE_ID]: { applied: false, rating: 2, notes: '', checks: {} },
    'build-partnerships': { applied: null, rating: null, notes: '', checks: {} },
  },
});

const snapshot = emptySnapshot({
  people: [person(personIds.tom, 'Tom Baker'), person(personIds.ana, 'Ana Ruiz')],
  reflections: [full, reflection(2, { occurredAt: null, asked: 'Undated' })],
});

const headings = (markdown: string) => markdown.split('\n').filter((line) => /^#{1,6} /.test(line));

describe('toMarkdown', () => {
  const markdown = toMarkdown(snapshot, principles);

  it('has a title, a heading per reflection with its date and people, and its parts below', () => {
    expect(headings(markdown)).toEqual([
      '# Influence Journal',
      '## 2026-03-14 09:30 (Europe/Paris) · Tom Baker, Ana Ruiz',
      '### What did you ask for?',
      '### What happened?',
      '### Empowered adults',
      '#### Anything else about this principle?',
      "### Negotiate, don't manipulate",
      '### Listen first',
      '### What did you expect to happen?',
      '### What did you learn?',
      '### Next step',
      '## No date',
      '### What did you ask for?',
    ]);
  });

  it('writes the facts, the principle ratings and answers, and leaves untouched principles out', () => {
    expect(markdown).toContain(
      [
        '- Status: Complete',
        '- Relationship: Peer',
        '- Outcome: Achieved',
        '- Tags: budget',
        '- Follow up on: 2026-03-20 09:00',
        '- Starred',
      ].join('\n'),
    );
    expect(markdown).toContain(
      '### Empowered adults\n\n- I applied this: yes\n- How well did you apply this? 4 of 5',
    );
    expect(markdown).toContain('**Which tactics did I use?**\n\nShared data openly, Offered options');
    expect(markdown).toContain(
      '### Listen first\n\n- I applied this: no\n- How well did you apply this? 2 of 5',
    );
    expect(markdown).not.toContain('Build partnerships');
  });

  it('keeps user text inside its block: every line-start mark is escaped, nothing else changes', () => {
    const escaped = escapeMarkdownText(hostile);
    expect(escaped.split('\n')).toEqual([
      '\\# Not a heading',
      '\\> not a quote',
      '\\- not a list',
      '\\* nor this',
      '\\+ nor this',
      '12\\. not numbered',
      '3\\) nor this',
      '\\```',
      'not code',
      '\\~~~',
      '\\---',
      '\\===',
      '\\<div>not html</div>',
      '\\[ref]: https://example.invalid',
      '\\| a | b |',
      '   \\## indented heading',
      'Plain words with # and > inside stay as they are.',
    ]);
    expect(markdown).toContain(escaped);
    // Taking the escapes away gives back exactly what was typed.
    expect(escaped.replace(/^([ \t]*)\\/gm, '$1').replace(/^(\d+)\\/gm, '$1')).toBe(hostile);
  });

  it('holds every chosen reflection of a generated journal and none of the others', () => {
    const journal = generateJournal({
      seed: 9,
      reflections: 200,
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      timeZone: 'Europe/Madrid',
    });
    const whole = emptySnapshot(journal);
    const chosen = selectForExport(whole, { ...defaultExportOptions, from: '2025-03-01', to: '2025-05-31' });
    const document = toMarkdown(chosen, principles);
    const reflectionHeadings = headings(document).filter((line) => line.startsWith('## '));
    expect(reflectionHeadings).toHaveLength(chosen.reflections.length);
    const chosenIds = new Set(chosen.reflections.map(({ id }) => id));
    for (const { id, occurredAt } of journal.reflections) {
      const when = `## ${occurredAt.replace('T', ' ')} (Europe/Madrid)`;
      expect(document.includes(when)).toBe(chosenIds.has(id));
    }
  });
});

describe('toMarkdownZip', () => {
  it('holds one file per reflection under a safe, unique name', () => {
    const twin = reflection(3, { occurredAt: '2026-03-14T09:30', personIds: [personIds.tom] });
    const files = unzipSync(
      toMarkdownZip({ ...snapshot, reflections: [...snapshot.reflections, twin] }, principles),
    );
    expect(Object.keys(files)).toEqual([
      '2026-03-14-0930-tom-baker.md',
      'undated-reflection.md',
      '2026-03-14-0930-tom-baker-2.md',
    ]);
    const first = strFromU8(files['2026-03-14-0930-tom-baker.md'] ?? new Uint8Array());
    expect(first.startsWith('# 2026-03-14 09:30 (Europe/Paris) · Tom Baker, Ana Ruiz\n')).toBe(true);
    expect(first).toContain('## What did you learn?\n\nAsk earlier.');
  });

  it('makes file names from any name without leaving the folder', () => {
    const names = new Map([
      [personIds.tom, 'Zoë Ångström'],
      [personIds.ana, '../../etc/passwd'],
      [personIds.tess, '王小明'],
    ]);
    const taken = new Set<string>();
    const at = (id: string) =>
      markdownFileName(reflection(1, { occurredAt: '2026-01-02T03:04', personIds: [id] }), names, taken);
    expect(at(personIds.tom)).toBe('2026-01-02-0304-zoe-angstrom.md');
    expect(at(personIds.ana)).toBe('2026-01-02-0304-etc-passwd.md');
    expect(at(personIds.tess)).toBe('2026-01-02-0304-reflection.md');
  });
});
