import { useId, useState } from 'react';
import {
  TEST_NOTIFICATION_TOO_SOON,
  type TestNotificationResult,
} from '../../../shared/ipc/remindersContract';
import { usePlatform } from '../../platform/PlatformContext';
import { errorText } from '../../../shared/app/errorText';

const FALLBACK = 'Due reminders will appear as a banner inside the app instead.';

export function describeTestResult(result: TestNotificationResult, kind: 'electron' | 'browser'): string {
  switch (result.outcome) {
    case 'shown':
      return 'Test notification sent. If you did not see it, check your system’s notification settings.';
    case 'unsupported':
      return `This ${kind === 'browser' ? 'browser' : 'system'} cannot show notifications. ${FALLBACK}`;
    case 'denied':
      return `Notifications are blocked for Influence Journal. ${FALLBACK} To allow them, change the notification setting for this site in your browser.`;
    case 'failed':
      return `The test notification could not be shown${result.detail ? `: ${result.detail}` : ''}. ${FALLBACK}`;
    case 'too-soon':
      return TEST_NOTIFICATION_TOO_SOON;
  }
}

/** "Send a test notification" and what came of it, so the person knows reminders will reach them. */
export function TestNotification({ onSent }: { onSent: () => void }) {
  const { reminders, kind } = usePlatform();
  const id = useId();
  const [result, setResult] = useState<string>('');
  const [sending, setSending] = useState(false);

  async function send() {
    setSending(true);
    setResult('Sending…');
    try {
      setResult(describeTestResult(await reminders.sendTest(), kind));
    } catch (error) {
      setResult(`The test notification could not be sent: ${errorText(error)}`);
    } finally {
      setSending(false);
      onSent();
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Check notifications</h2>
      <div className="button-row">
        <button type="button" className="button" disabled={sending} onClick={() => void send()}>
          Send a test notification
        </button>
      </div>
      <p role="status" className="reminder-test-result">
        {result}
      </p>
    </section>
  );
}
