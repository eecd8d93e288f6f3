import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { EntryPage, TrashPage } from '../pages/JournalPages';
import { ReflectionFlow } from '../pages/ReflectionFlow';
import { expectNoSeriousAxeViolations } from '../support/axe';

test.describe('two tabs of the same journal', () => {
  test('a reflection saved in one tab appears in the other without a reload', async ({ context }) => {
    const reader = await context.newPage();
    const readerShell = new AppShell(reader);
    await readerShell.open('#/journal');
    await expect(readerShell.heading('Journal')).toBeVisible();
    const list = reader.getByRole('list', { name: 'Reflections' });

    const writer = await context.newPage();
    const flow = new ReflectionFlow(writer);
    await flow.openNew();
    await flow.choosePerson('Priya Nair', { isNew: true });
    await flow.asked.fill('Sign-off on the revised onboarding copy');
    await flow.goToStep('Review and save');
    await flow.saveButton.click();
    await flow.expectOnEntryPage();

    await expect(list.getByText('Sign-off on the revised onboarding copy')).toBeVisible();
    await expect(list.getByText('Priya Nair')).toBeVisible();
  });

  test('a reflection trashed in one tab stays in the Trash when the other types, and the typed text is offered', async ({
    context,
  }) => {
    // Two axe scans: each takes a few seconds on a small machine.
    test.setTimeout(60_000);
    const writer = await context.newPage();
    const flow = new ReflectionFlow(writer);
    await flow.openNew();
    await flow.asked.fill('Budget for the pilot');
    await flow.expectSaved();
    const id = /draft=([0-9a-f-]{36})/.exec(writer.url())?.[1];
    expect(id, 'the draft id is in the address once it is saved').toBeDefined();

    const other = await context.newPage();
    const entry = new EntryPage(other);
    await entry.open(id ?? '');
    await entry.deleteButton.click();
    await expect(new AppShell(other).heading('Journal')).toBeVisible();

    // One change, so the whole text is in the write the other tab's Trash makes stale.
    await flow.asked.fill('Budget for the pilot and a second sprint');
    await expect(flow.conflictNotice).toBeVisible();
    await expect(flow.conflictNotice).toContainText('It was moved to the Trash there, and stays there.');
    await expect(flow.conflictText).toHaveValue(
      'What did you ask for?\nBudget for the pilot and a second sprint',
    );
    await expect(flow.asked).toHaveValue('Budget for the pilot');
    for (const colorScheme of ['light', 'dark'] as const) {
      await writer.emulateMedia({ colorScheme });
      await expectNoSeriousAxeViolations(writer);
    }

    await other.goto('#/trash');
    const trash = new TrashPage(other);
    await expect(trash.heading).toBeVisible();
    await expect(trash.item('Budget for the pilot')).toBeVisible();
  });
});
