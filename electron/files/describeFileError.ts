import { errorText } from '../../shared/app/errorText';

/**
 * A failed file write in words a person can act on: Node's error codes become what happened to
 * the place they chose ("the disk is full", "the backup folder is read-only"); anything else
 * keeps its own message. One table for every writer, so a full disk reads the same everywhere.
 */
export function describeFileError(error: unknown, place: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EACCES':
    case 'EPERM':
      return `the app may not write to ${place}`;
    case 'EROFS':
      return `${place} is read-only`;
    case 'ENOENT':
      return `${place} no longer exists`;
    case 'EISDIR':
      return 'a folder already has that name';
    default:
      return errorText(error);
  }
}
