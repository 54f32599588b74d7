/** Hand the browser a file to download. */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has started from the link; the object URL is not needed after it
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A name for a file from a title: what file systems refuse, replaced. */
export function fileBase(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'document';
}
