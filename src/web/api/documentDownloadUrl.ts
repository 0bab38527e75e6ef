/**
 * `GET /api/documents/:id/pdf` and `/docx`: downloads (each one is written to the audit log).
 * Plain links, so the browser handles the file; the session cookie goes with them.
 */
export function documentDownloadUrl(id: string, format: 'pdf' | 'docx'): string {
  return `/api/documents/${encodeURIComponent(id)}/${format}`;
}
