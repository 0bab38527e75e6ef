import nb from '@/server/i18n/nb.json' with { type: 'json' };
import nn from '@/server/i18n/nn.json' with { type: 'json' };

export type Locale = 'nb' | 'nn';
const catalogs: Record<Locale, unknown> = { nb, nn };

/** Looks up a dotted key in the server catalog and fills `{name}` placeholders. */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  let node: unknown = catalogs[locale];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** nn when the client asks for nynorsk before bokmål, else nb. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return 'nb';
  const tags = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().toLowerCase().split(';');
      const q = Number(rest.find((r) => r.trim().startsWith('q='))?.split('=')[1] ?? 1);
      return { tag, q: Number.isFinite(q) ? q : 0 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    if (tag === 'nn' || tag.startsWith('nn-') || tag === 'no-nyn') return 'nn';
    if (tag === 'nb' || tag.startsWith('nb-') || tag === 'no' || tag.startsWith('no-')) return 'nb';
  }
  return 'nb';
}
