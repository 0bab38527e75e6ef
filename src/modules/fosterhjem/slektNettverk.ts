import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { Tekst } from '@/modules/maler/malFormat';

/**
 * The differentiated follow-up points for kinship and network foster homes
 * (content/fosterhjem/slekt_nettverk.yaml, seeds/002), in bokmål and nynorsk.
 */
export const SlektNettverk = z.strictObject({
  kilde: z.string().min(1),
  tittel: Tekst,
  ingress: Tekst,
  punkter: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z0-9_]+$/), tittel: Tekst, tekst: Tekst }))
    .min(1),
});
export type SlektNettverk = z.infer<typeof SlektNettverk>;

const file = fileURLToPath(new URL('../../../content/fosterhjem/slekt_nettverk.yaml', import.meta.url));

let cached: SlektNettverk | undefined;

export function lastSlektNettverk(): SlektNettverk {
  if (cached) return cached;
  const parsed = SlektNettverk.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`content/fosterhjem/slekt_nettverk.yaml: ${parsed.error.message}`);
  cached = parsed.data;
  return cached;
}
