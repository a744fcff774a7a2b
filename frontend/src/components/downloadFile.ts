import { api } from '../api/client';

/**
 * Fetches a file with the signed-in user's token (a plain link would carry none) and hands it to the browser
 * as a download under `fileName`. `open` shows it in a new tab instead (a PDF).
 */
export async function downloadFile(
  path: string,
  fileName: string,
  options: { language?: string; open?: boolean } = {},
): Promise<void> {
  const headers = options.language ? { 'Accept-Language': options.language } : undefined;
  const blob = await api.get<Blob>(path, { responseType: 'blob', headers });
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    if (options.open) {
      link.target = '_blank';
      link.rel = 'noopener';
    } else {
      link.download = fileName;
    }
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Let the browser start reading the object before it goes.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
