/** The file exists but could not be read (locked, no permission, disk error); it is left alone. */
export class FileUnreadableError extends Error {
  constructor(
    readonly fileName: string,
    readonly code: string | undefined,
    cause: unknown,
  ) {
    super(`${fileName} could not be read (${code ?? 'unknown error'}); it was left as it is.`, { cause });
    this.name = 'FileUnreadableError';
  }
}

/** The file says a newer version of the app wrote it; this one cannot know what it means. */
export class NewerVersionFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly fileVersion: number,
    readonly currentVersion: number,
  ) {
    super(
      `${fileName} was made by a newer version of Influence Journal (format ${fileVersion}, this version reads ${currentVersion}); it was left as it is.`,
    );
    this.name = 'NewerVersionFileError';
  }
}

/** A save before any successful read would write defaults over a file nobody has seen. */
export class StoreNotReadError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} was not saved: it has not been read successfully yet, and saving would replace it.`);
    this.name = 'StoreNotReadError';
  }
}
