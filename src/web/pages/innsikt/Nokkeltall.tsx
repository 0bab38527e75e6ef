import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Maal } from '@/web/api/innsiktTypes';
import { CivilDate } from '@/web/components/CivilDate';
import type { MessageId } from '@/web/i18n/messages';
import { useT, useTRich } from '@/web/i18n/useT';
import { Definisjon } from '@/web/pages/innsikt/Definisjon';
import { MAAL, type MaalId, useInnsiktFormat } from '@/web/pages/innsikt/maal';
import { Seksjon } from '@/web/pages/innsikt/Seksjon';

interface KortProps {
  id: MaalId;
  /** The value as shown, or null when it cannot be computed. */
  verdi: string | null;
  /** What the value is built from ("2 av 8 avsluttede plasseringer"). */
  grunnlag: string;
  /** Why the value is missing. */
  mangler: MessageId;
  testId: string;
}

/** One key figure: name, value, what it is built from, and its definition beside it. */
function Kort({ id, verdi, grunnlag, mangler, testId }: KortProps) {
  const t = useT();
  const navn = t(MAAL[id].navn);
  return (
    <li className="innsikt-kort" data-testid={testId}>
      <Heading level={3} data-size="2xs" className="innsikt-kort__navn">
        {navn}
      </Heading>
      {verdi !== null ? (
        <>
          <p className="innsikt-kort__verdi">{verdi}</p>
          <p className="innsikt-kort__grunnlag">{grunnlag}</p>
        </>
      ) : (
        <>
          <p className="innsikt-kort__verdi innsikt-kort__verdi--mangler">{t('innsikt.ikkeBeregnet')}</p>
          <p className="innsikt-kort__grunnlag">{t(mangler)}</p>
        </>
      )}
      <Definisjon navn={navn} definisjon={MAAL[id].definisjon} />
    </li>
  );
}

/**
 * The key figures for the service (or the team leader's team): stability first, then statutory
 * compliance over the twelve months up to the period's end. Every figure carries its definition.
 */
export function Nokkeltall({ navn, maal, til }: { navn: string; maal: Maal; til: string }) {
  const t = useT();
  const tRich = useTRich();
  const f = useInnsiktFormat();
  const fl = maal.flytting;
  const el = maal.etterlevelse;
  const n = (x: number | null) => x ?? 0;
  const prosent = (x: number | null) => (x === null ? null : f.prosent(x));

  return (
    <>
      <Seksjon
        tittel={t('innsikt.nokkeltall.tittel', { navn })}
        ingress={
          fl.plasseringer === 0
            ? t('innsikt.nokkeltall.ingress.tom')
            : t('innsikt.nokkeltall.ingress', {
                antall: n(fl.barn),
                total: n(fl.plasseringer),
                tekst: f.desimal(fl.plasseringsar),
              })
        }
      >
        {fl.plasseringer === 0 ? (
          <Paragraph className="empty-state">{t('innsikt.tom')}</Paragraph>
        ) : (
          <ul className="innsikt-kortliste">
            <Kort
              id="utilsiktetPer100Ar"
              testId="nokkeltall-per100"
              verdi={fl.utilsiktetPer100Ar === null ? null : f.desimal(fl.utilsiktetPer100Ar)}
              grunnlag={t('innsikt.grunnlag.per100', {
                utilsiktede: n(fl.utilsiktet),
                tekst: f.desimal(fl.plasseringsar),
              })}
              mangler="innsikt.mangler.per100"
            />
            <Kort
              id="utilsiktetAndel"
              testId="nokkeltall-andel"
              verdi={prosent(fl.utilsiktetAndel)}
              grunnlag={t('innsikt.grunnlag.andel', { antall: n(fl.utilsiktet), total: n(fl.avsluttet) })}
              mangler="innsikt.mangler.andel"
            />
            <Kort
              id="forsteAr"
              testId="nokkeltall-forste-ar"
              verdi={prosent(fl.forsteAr.andel)}
              grunnlag={t('innsikt.grunnlag.forsteAr', {
                antall: n(fl.forsteAr.utilsiktet),
                total: n(fl.forsteAr.kohort),
              })}
              mangler="innsikt.mangler.forsteAr"
            />
            <Kort
              id="medianDager"
              testId="nokkeltall-median"
              verdi={
                maal.medianDager === null
                  ? null
                  : t('innsikt.median.maneder', { maneder: f.maneder(maal.medianDager) })
              }
              grunnlag={t('innsikt.median.dager', { antall: n(maal.medianDager) })}
              mangler="innsikt.mangler.median"
            />
          </ul>
        )}
      </Seksjon>
      <Seksjon
        tittel={t('innsikt.etterlevelse.tittel')}
        ingress={tRich('innsikt.etterlevelse.ingress', { dato: <CivilDate date={til} format="long" /> })}
      >
        <ul className="innsikt-kortliste">
          <Kort
            id="oppfolgingsbesok"
            testId="nokkeltall-oppfolgingsbesok"
            verdi={prosent(el.oppfolgingsbesok.andel)}
            grunnlag={t('innsikt.grunnlag.barn', {
              antall: n(el.oppfolgingsbesok.oppfylt),
              total: n(el.oppfolgingsbesok.barn),
            })}
            mangler="innsikt.mangler.besok"
          />
          <Kort
            id="tilsynsbesok"
            testId="nokkeltall-tilsynsbesok"
            verdi={prosent(el.tilsynsbesok.andel)}
            grunnlag={t('innsikt.grunnlag.barn', {
              antall: n(el.tilsynsbesok.oppfylt),
              total: n(el.tilsynsbesok.barn),
            })}
            mangler="innsikt.mangler.besok"
          />
          <Kort
            id="tilsynsrapporter"
            testId="nokkeltall-tilsynsrapporter"
            verdi={prosent(el.tilsynsrapporter.andel)}
            grunnlag={t('innsikt.grunnlag.rapporter', {
              antall: n(el.tilsynsrapporter.iTide),
              total: n(el.tilsynsrapporter.antall),
            })}
            mangler="innsikt.mangler.rapporter"
          />
        </ul>
      </Seksjon>
    </>
  );
}
