import { errorText } from '../../../shared/app/errorText';

/** The chosen file's bytes, read where the file is read (the data worker), so the page never copies them. */
export async function bytesOf(file: Blob | Uint8Array, fileName: string): Promise<Uint8Array> {
  // isView, not instanceof: bytes made in another realm (a test page) are bytes too.
  if (ArrayBuffer.isView(file)) return file;
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw new Error(`${fileName} could not be read: ${errorText(error)}`, { cause: error });
  }
}
