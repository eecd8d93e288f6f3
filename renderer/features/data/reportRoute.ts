import { exportOptionsSchema, type ExportOptions } from '../../../shared/data/exportFormat';
import { parseJsonSafely } from '../../../shared/data/safeJson';

export const REPORT_PATH = '/data/report';

/** The report's address carries its choices, so a reload or the back button shows the same report. */
export function reportPath(options: ExportOptions): string {
  return `${REPORT_PATH}?options=${encodeURIComponent(JSON.stringify(options))}`;
}

/** The choices in a report address, or null when they are missing or not valid export options. */
export function readReportOptions(search: string): ExportOptions | null {
  const raw = new URLSearchParams(search).get('options');
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = parseJsonSafely(raw);
  } catch {
    return null;
  }
  const result = exportOptionsSchema.safeParse(parsed);
  return result.success ? result.data : null;
}
