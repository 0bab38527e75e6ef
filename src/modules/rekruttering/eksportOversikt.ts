import type { z } from 'zod';
import type { Tx } from '@/db/client';
import type { Actor } from '@/modules/core/actor';
import { tilCsv, tilXlsx } from '@/modules/innsikt/eksport';
import { eksportRader, rekrutteringsoversikt } from '@/modules/rekruttering/oversikt';
import type { OversiktExportQuery } from '@/modules/rekruttering/oversikt.schema';
import { t } from '@/server/i18n';

/**
 * The recruitment overview's tables as a file: CSV (semicolons, UTF-8 with BOM) or Excel, one
 * table or all. Authorized and audited (`rekruttering.export`) by `rekrutteringsoversikt`.
 */
export async function eksporterOversikt(tx: Tx, actor: Actor, query: z.output<typeof OversiktExportQuery>) {
  const { fra, til, tabell, format } = query;
  const o = await rekrutteringsoversikt(tx, actor, { fra, til }, 'rekruttering.export', { tabell, format });
  const rader = eksportRader(o, actor.sprak, tabell);
  const tittel = t(actor.sprak, 'rekrutteringOversikt.fil');
  const filnavn = `${tittel}-${tabell}-${o.periode.fra}-${o.periode.til}.${format}`;
  return { data: format === 'csv' ? tilCsv(rader) : await tilXlsx(rader, tittel), filnavn };
}
