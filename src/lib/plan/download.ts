/** Hands a file to the browser's downloads (the export, a calendar file). No network involved. */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after this task: revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
