import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { showJournalUpgradeNotice, UPGRADE_NOTICE_TEXT } from '../../../../renderer/app/journalUpgradeNotice';
import { startOpeningJournalDatabase } from '../../../../renderer/db/openJournalDatabase';
import { schemaVersions } from '../../../../renderer/db/schemaVersions';
import { uniqueDatabaseName } from '../db/migrationHarness';

describe('the notice shown while the journal is upgraded', () => {
  it('says what is happening as a status, and is gone once hidden', () => {
    const hide = showJournalUpgradeNotice();
    const notice = document.querySelector('[role="status"]');
    expect(notice).toHaveTextContent(UPGRADE_NOTICE_TEXT);
    expect(UPGRADE_NOTICE_TEXT).toMatch(/^Updating your journal for this version/);
    hide();
    expect(document.querySelector('[role="status"]')).toBeNull();
  });

  it('is asked for only when opening the journal upgrades it', async () => {
    const name = uniqueDatabaseName('upgrade-notice');
    const onUpgradeStart = vi.fn();
    // Created at an older version: a first start, which is no update.
    const older = startOpeningJournalDatabase({
      name,
      versions: schemaVersions.slice(0, -1),
      onUpgradeStart,
    });
    (await older.opened).close();
    expect(onUpgradeStart).not.toHaveBeenCalled();
    const upgraded = startOpeningJournalDatabase({ name, onUpgradeStart });
    (await upgraded.opened).close();
    expect(onUpgradeStart).toHaveBeenCalledOnce();
    const again = startOpeningJournalDatabase({ name, onUpgradeStart });
    (await again.opened).close();
    expect(onUpgradeStart).toHaveBeenCalledOnce();
    await Dexie.delete(name);
  });
});
