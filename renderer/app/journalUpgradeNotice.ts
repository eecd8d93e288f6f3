/**
 * While the journal is being upgraded for a new version of the app (the first start after an
 * update, once), the page says so: the upgrade rewrites stored records, about a second per
 * thousand reflections here, and until it ends nothing of the journal can show. Plain DOM beside
 * the app's root, like the fatal-error screen, so it shows whatever React has rendered so far.
 * Returns the function that takes it away.
 */
export const UPGRADE_NOTICE_TEXT =
  'Updating your journal for this version of Influence Journal. This happens once and can take a minute for a large journal.';

export function showJournalUpgradeNotice(doc: Document = document): () => void {
  const notice = doc.createElement('p');
  notice.className = 'journal-upgrade-notice';
  notice.setAttribute('role', 'status');
  notice.textContent = UPGRADE_NOTICE_TEXT;
  doc.body.append(notice);
  return () => notice.remove();
}
