import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getRecruitmentPipeline } from '@/web/api/getRecruitmentPipeline';
import {
  type Avslutning,
  type Hjemtype,
  type Organisasjon,
  type Person,
  type Pipeline,
  rekrutteringKeys,
  type Tekst,
} from '@/web/api/rekrutteringTypes';
import { useLocale } from '@/web/i18n/useLocale';
import { useT } from '@/web/i18n/useT';

/** The pipeline's stages, points, sources and reasons (content/rekruttering/pipeline.yaml), loaded once. */
export function usePipeline() {
  return useQuery({
    queryKey: rekrutteringKeys.pipeline,
    queryFn: getRecruitmentPipeline,
    staleTime: Infinity,
  });
}

/** Labels for recruitment, in the user's language, from the pipeline content and the catalogs. */
export function useRekrutteringLabels(pipeline: Pipeline | undefined) {
  const t = useT();
  const { locale } = useLocale();
  const tekst = useCallback((x: Tekst) => x[locale], [locale]);
  const fase = (id: string) => {
    const f = pipeline?.faser.find((x) => x.id === id) ?? pipeline?.avsluttende.find((x) => x.id === id);
    return f ? tekst(f.tittel) : id;
  };
  const kilde = (id: string) => {
    const k = pipeline?.kilder.find((x) => x.id === id);
    return k ? tekst(k.tittel) : id;
  };
  const arsak = (utfall: Avslutning, id: string) => {
    const a = pipeline?.arsaker[utfall].find((x) => x.id === id);
    return a ? tekst(a.tittel) : id;
  };
  const punkt = (id: string) => {
    for (const f of pipeline?.faser ?? []) {
      const p = f.punkter.find((x) => x.id === id);
      if (p) return tekst(p.tittel);
    }
    return id;
  };
  const hjemtype = (h: Hjemtype) => t(`rekruttering.oversikt.hjemtype.${h}`);
  /** A colleague by name; someone in another organisation by that organisation's name. */
  const person = (p: Person, org: Organisasjon) =>
    p.navn ?? t('rekruttering.personIOrganisasjon', { org: org.navn });
  return { tekst, fase, kilde, arsak, punkt, hjemtype, person };
}
