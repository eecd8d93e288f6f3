/** Editing a saved reflection: the copy is saved or dropped on purpose, from any step. */
export function EditCopyActions({
  hasChanges,
  onCancel,
  onSave,
}: {
  hasChanges: boolean;
  onCancel: () => void;
  onSave: () => void;
}) {
  return (
    <div className="reflect-edit-actions">
      <p role="status" className="muted">
        {hasChanges ? 'Changes not saved yet' : 'No changes yet'}
      </p>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" className="button button-primary" onClick={onSave}>
        Save changes
      </button>
    </div>
  );
}
