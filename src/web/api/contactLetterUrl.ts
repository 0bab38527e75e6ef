/**
 * `GET /api/children/:id/contact-letter.pdf`: the child's letter about the next sessions with one
 * parent or relative. A plain link (ids only, no names in the address); the download is audited.
 */
export function contactLetterUrl(barnId: string, familiemedlemId: string, lang: 'nb' | 'nn'): string {
  const q = new URLSearchParams({ familiemedlemId, lang });
  return `/api/children/${encodeURIComponent(barnId)}/contact-letter.pdf?${q.toString()}`;
}
