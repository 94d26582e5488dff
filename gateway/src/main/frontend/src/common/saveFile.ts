import type { DownloadedFile } from '../api/http';

/**
 * Hands a file the API made to the browser's own save mechanism, under the name the API gave it
 * (Content-Disposition) or else `fallbackName`; answers the name used.
 */
export function saveFile(file: DownloadedFile, fallbackName: string): string {
  const name = file.fileName ?? fallbackName;
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Not at once: a browser may start reading the blob only after click() has returned, and revoking
  // it then cancels the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
