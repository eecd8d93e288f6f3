/** jsdom's Blob has neither text() nor arrayBuffer(); FileReader reads it as a browser would. */
export function readBlobText(blob: unknown): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!(blob instanceof Blob)) return reject(new Error('No Blob was made'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the Blob'));
    reader.readAsText(blob);
  });
}

/** Gives jsdom's Blob the arrayBuffer() every browser's has, read through FileReader. */
export function letBlobsReadAsBytes(): void {
  if (typeof Blob.prototype.arrayBuffer === 'function') return;
  Object.defineProperty(Blob.prototype, 'arrayBuffer', {
    configurable: true,
    value(this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error ?? new Error('Could not read the Blob'));
        reader.readAsArrayBuffer(this);
      });
    },
  });
}
