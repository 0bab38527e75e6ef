import { Paragraph } from '@digdir/designsystemet-react';
import type { Maal } from '@/web/api/innsiktTypes';
import { INITIATIV } from '@/web/i18n/codes';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { DataTabell } from '@/web/pages/innsikt/DataTabell';
import { INNSIKT_TYPER, useInnsiktFormat } from '@/web/pages/innsikt/maal';
import { Seksjon } from '@/web/pages/innsikt/Seksjon';

/** A code the API counts when nothing was recorded. */
const UKJENT = 'ukjent';

/** Sorts SSB codes numerically part by part ('1.1.10' after '1.1.9'), unknown last. */
function sammenlignKoder(a: string, b: string): number {
  if (a === UKJENT || b === UKJENT) return Number(a === UKJENT) - Number(b === UKJENT);
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The unintended moves split by placement type (with reinforced homes counted on top of their
 * type), by who took the initiative, and by SSB's reason code.
 */
export function Fordeling({ navn, maal }: { navn: string; maal: Maal }) {
  const t = useT();
  const labels = useLabels();
  const f = useInnsiktFormat();
  const fl = maal.flytting;
  const n = (x: number | null | undefined) => f.antall(x ?? 0);
  const typeNavn = (type: string) =>
    type === 'forsterket' ? t('plassering.forsterketValg') : labels.plasseringstype(type);

  const initiativ = [
    ...INITIATIV,
    ...Object.keys(fl.etterInitiativ).filter((k) => !(INITIATIV as readonly string[]).includes(k)),
  ];
  const arsaker = Object.keys(fl.etterArsak).sort(sammenlignKoder);

  return (
    <Seksjon tittel={t('innsikt.fordeling.tittel')} ingress={t('innsikt.fordeling.ingress', { navn })}>
      <div className="innsikt-fordeling">
        <div className="stacked-tight">
          <DataTabell
            caption={t('innsikt.fordeling.type')}
            kolonner={[
              t('innsikt.fordeling.kolonne.type'),
              t('innsikt.fordeling.kolonne.avsluttet'),
              t('innsikt.fordeling.kolonne.utilsiktet'),
            ]}
            rader={INNSIKT_TYPER.map((type) => ({
              key: type,
              celler: [typeNavn(type), n(fl.etterType[type]?.avsluttet), n(fl.etterType[type]?.utilsiktet)],
            }))}
          />
          <Paragraph data-size="sm" className="subtle">
            {t('innsikt.fordeling.forsterket')}
          </Paragraph>
        </div>
        {fl.utilsiktet === 0 ? (
          <Paragraph className="empty-state">{t('innsikt.fordeling.ingen')}</Paragraph>
        ) : (
          <>
            <DataTabell
              caption={t('innsikt.fordeling.initiativ')}
              kolonner={[t('innsikt.fordeling.kolonne.initiativ'), t('innsikt.fordeling.kolonne.antall')]}
              rader={initiativ.map((kode) => ({
                key: kode,
                celler: [
                  kode === UKJENT ? t('innsikt.ikkeRegistrert') : labels.initiativ(kode),
                  n(fl.etterInitiativ[kode]),
                ],
              }))}
            />
            <DataTabell
              caption={t('innsikt.fordeling.arsak')}
              kolonner={[t('innsikt.fordeling.kolonne.arsak'), t('innsikt.fordeling.kolonne.antall')]}
              rader={arsaker.map((kode) => ({
                key: kode,
                celler: [
                  kode === UKJENT
                    ? t('innsikt.ikkeRegistrert')
                    : t('innsikt.fordeling.arsakKode', { kode, tekst: labels.arsak(kode) }),
                  n(fl.etterArsak[kode]),
                ],
              }))}
            />
          </>
        )}
      </div>
    </Seksjon>
  );
}
