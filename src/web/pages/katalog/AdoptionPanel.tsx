import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AdopsjonStatus, ProduktDetalj } from '@/web/api/katalogTypes';
import { queryKeys } from '@/web/api/queryKeys';
import { setProductAdoption } from '@/web/api/setProductAdoption';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { problemMessage } from '@/web/components/problemMessage';
import { isConflict } from '@/web/components/serverErrors';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import { useKatalogLabels } from '@/web/pages/katalog/katalogLabels';
import { PlanEditor } from '@/web/pages/katalog/PlanEditor';

const HANDLINGER: Record<AdopsjonStatus | 'ingen', { til: AdopsjonStatus; etikett: MessageId }[]> = {
  ingen: [
    { til: 'adoptert', etikett: 'katalog.handling.adopter' },
    { til: 'interessert', etikett: 'katalog.handling.interesse' },
  ],
  interessert: [
    { til: 'adoptert', etikett: 'katalog.handling.adopter' },
    { til: 'avsluttet', etikett: 'katalog.handling.avsluttInteresse' },
  ],
  adoptert: [{ til: 'avsluttet', etikett: 'katalog.handling.avslutt' }],
  avsluttet: [
    { til: 'adoptert', etikett: 'katalog.handling.adopterIgjen' },
    { til: 'interessert', etikett: 'katalog.handling.interesse' },
  ],
};

const KVITTERING: Record<AdopsjonStatus, MessageId> = {
  interessert: 'katalog.kvittering.interessert',
  adoptert: 'katalog.kvittering.adoptert',
  avsluttet: 'katalog.kvittering.avsluttet',
};

/**
 * The service's relation to the product: interest, adoption (with the implementation plan) or
 * ended. The head of service changes it; everyone else reads it.
 */
export function AdoptionPanel({ detalj }: { detalj: ProduktDetalj }) {
  const t = useT();
  const l = useKatalogLabels();
  const me = useMe();
  const queryClient = useQueryClient();
  const kanAdoptere = harTillatelse(me, Tillatelse.katalogAdopt);
  const [arbeider, setArbeider] = useState<AdopsjonStatus | null>(null);
  const [melding, setMelding] = useState<{ ok: boolean; tekst: string } | null>(null);
  const { produkt, adopsjon } = detalj;

  const endre = async (til: AdopsjonStatus) => {
    setArbeider(til);
    setMelding(null);
    try {
      await setProductAdoption(produkt.id, { status: til, version: adopsjon?.version ?? 0 });
      setMelding({ ok: true, tekst: t(KVITTERING[til]) });
    } catch (error) {
      setMelding({ ok: false, tekst: isConflict(error) ? t('katalog.konflikt') : problemMessage(error, t) });
    } finally {
      setArbeider(null);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.catalogue }),
        queryClient.invalidateQueries({ queryKey: queryKeys.templates }),
      ]);
    }
  };

  const handlinger = HANDLINGER[adopsjon?.status ?? 'ingen'].filter(
    (h) => !(h.til === 'adoptert' && produkt.anbefaling >= 4),
  );

  return (
    <section aria-labelledby="katalog-adopsjon" className="katalog-seksjon">
      <Heading level={2} data-size="sm" id="katalog-adopsjon">
        {t('katalog.adopsjon.tittel')}
      </Heading>
      <Paragraph>
        {adopsjon
          ? adopsjon.status === 'adoptert' && adopsjon.adoptertDato
            ? t('katalog.adopsjon.adoptertDato', { dato: l.dato(adopsjon.adoptertDato) })
            : l.adopsjon(adopsjon.status)
          : t('katalog.adopsjon.ingen')}
      </Paragraph>
      {produkt.anbefaling >= 4 && <Paragraph data-size="sm">{t('katalog.adopsjon.ikkeKlart')}</Paragraph>}
      {kanAdoptere ? (
        <div className="katalog-knapper">
          {handlinger.map((h) => (
            <Button
              key={h.til}
              variant={h.til === 'adoptert' ? 'primary' : 'secondary'}
              loading={arbeider === h.til}
              disabled={arbeider !== null}
              onClick={() => endre(h.til)}
            >
              {t(h.etikett)}
            </Button>
          ))}
        </div>
      ) : (
        <Paragraph data-size="sm" className="subtle">
          {t('katalog.adopsjon.bareLeder')}
        </Paragraph>
      )}
      <div aria-live="polite" role="status">
        {melding && (
          <Alert data-color={melding.ok ? 'success' : 'danger'}>
            <Paragraph>{melding.tekst}</Paragraph>
          </Alert>
        )}
      </div>
      {adopsjon && adopsjon.plan.length > 0 && (
        <PlanEditor
          key={adopsjon.status}
          produktId={produkt.id}
          plan={adopsjon.plan}
          version={adopsjon.version}
          kanEndre={kanAdoptere && adopsjon.status === 'adoptert'}
        />
      )}
    </section>
  );
}
