import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { SNOOZE_OPTIONS, type SnoozeOption } from '../../../shared/reminders/snoozeUntil';

export const SNOOZE_LABELS: Record<SnoozeOption, string> = {
  '10m': '10 minutes',
  '1h': '1 hour',
  'tomorrow-morning': 'Tomorrow morning',
};

/** A disclosure button that reveals the three snooze choices; Escape closes it and returns focus. */
export function SnoozeMenu({
  onSnooze,
  describedBy,
  disabled = false,
}: {
  onSnooze: (option: SnoozeOption) => void;
  describedBy?: string;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const groupId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };

  return (
    <div className="snooze-menu" onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={groupId}
        aria-describedby={describedBy}
        disabled={disabled}
        onClick={() => setOpen((value) => !value)}
      >
        Snooze
      </button>
      <div id={groupId} role="group" aria-label="Snooze for" className="snooze-options" hidden={!open}>
        {SNOOZE_OPTIONS.map((option) => (
          <button
            key={option}
            type="button"
            className="button"
            onClick={() => {
              close();
              onSnooze(option);
            }}
          >
            {SNOOZE_LABELS[option]}
          </button>
        ))}
      </div>
    </div>
  );
}
