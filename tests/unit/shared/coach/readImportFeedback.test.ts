import { strToU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildFeedbackFile,
  encryptFeedbackFile,
  feedbackFileSchema,
} from '../../../../shared/coach/feedbackFile';
import { encryptText } from '../../../../shared/data/passphraseEnvelope';
import { readImportFile } from '../../../../shared/data/readImportFile';
import { comment, feedbackInput } from './feedbackFixtures';

const FAST = { iterations: 100_000 };

describe('Import file and coach feedback', () => {
  it('recognises a plain feedback file by its format name', async () => {
    const reading = await readImportFile(strToU8(buildFeedbackFile(feedbackInput())), 'feedback.json');
    expect(reading.kind).toBe('feedback');
    expect(reading.kind === 'feedback' ? reading.feedback.comments.map(({ id }) => id) : []).toEqual([
      comment(1).id,
      comment(2).id,
    ]);
  });

  it('recognises an encrypted feedback file once the passphrase opens it', async () => {
    const bytes = strToU8(await encryptFeedbackFile(buildFeedbackFile(feedbackInput()), 'tide pool', FAST));
    expect(await readImportFile(bytes, 'feedback.json')).toEqual({ kind: 'needs-passphrase' });
    const reading = await readImportFile(bytes, 'feedback.json', { passphrase: 'tide pool' });
    expect(reading.kind === 'feedback' ? reading.feedback.coachName : null).toBe('Sam Coach');
  });

  it('names the broken comment in an encrypted file as in a plain one', async () => {
    const broken = JSON.parse(buildFeedbackFile(feedbackInput())) as Record<string, unknown>;
    broken.comments = [{ ...comment(1), text: '' }];
    const envelope = await encryptText(JSON.stringify(broken), 'tide pool', FAST);
    await expect(
      readImportFile(strToU8(JSON.stringify(envelope)), 'feedback.json', { passphrase: 'tide pool' }),
    ).rejects.toThrow(`Comment 1 (id ${comment(1).id}), field “Comment”: Comment cannot be empty.`);
  });
});

describe('docs/export-format.md', () => {
  it('has a feedback example the format accepts', () => {
    const docPath = fileURLToPath(new URL('../../../../docs/export-format.md', import.meta.url));
    const section = readFileSync(docPath, 'utf8').split('## Coach feedback file')[1] ?? '';
    const example = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
    const result = feedbackFileSchema.safeParse(JSON.parse(example ?? 'null'));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.comments[0]?.principleId).toBe('sphere-of-influence');
  });
});
