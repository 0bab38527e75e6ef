import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import type { HusstandRolle } from '@/web/api/barnTypes';
import type { FosterhjemView } from '@/web/api/fosterhjemTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { FormDialog } from '@/web/components/FormDialog';
import { HUSSTAND_ROLLER } from '@/web/i18n/codes';
import { alderFra } from '@/web/i18n/dates';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import { AddMemberForm } from '@/web/pages/fosterhjem/AddMemberForm';

const GRUPPE: Record<HusstandRolle, MessageId> = {
  fosterforelder: 'husstand.fosterforeldre',
  eget_barn: 'husstand.egneBarn',
  annet_husstandsmedlem: 'husstand.andre',
};

/**
 * Everyone in the household. The family's own children are a group of their own: they are part
 * of the foster family and are followed up too (seeds/002, "Egne barn i fosterhjemmet").
 */
export function HouseholdSection({ hjem }: { hjem: FosterhjemView }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="hjem-husstand-overskrift">
        <div className="section-heading">
          <Heading level={2} data-size="sm" id="hjem-husstand-overskrift">
            {t('husstand.overskrift')}
          </Heading>
          {hjem.kanEndre && (
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              data-color="accent"
              onClick={() => {
                setStatus(null);
                setOpen(true);
              }}
            >
              <PlusIcon aria-hidden />
              {t('husstand.leggTil')}
            </Button>
          )}
        </div>
        <div aria-live="polite" role="status">
          {status && <Paragraph className="status-message">{status}</Paragraph>}
        </div>
        <div className="household household--wide">
          {HUSSTAND_ROLLER.map((rolle) => {
            const medlemmer = hjem.medlemmer.filter((m) => m.rolle === rolle);
            return (
              <div key={rolle} className="household__group">
                <Heading level={3} data-size="2xs">
                  {t(GRUPPE[rolle])}
                </Heading>
                {rolle === 'eget_barn' && (
                  <Paragraph data-size="xs" className="subtle">
                    {t('husstand.egneBarn.hint')}
                  </Paragraph>
                )}
                {medlemmer.length === 0 ? (
                  <Paragraph data-size="sm">{t('husstand.ingenIGruppe')}</Paragraph>
                ) : (
                  <ul className="plain-list">
                    {medlemmer.map((m) => (
                      <li key={m.id} className="stacked">
                        <span>
                          {m.fornavn} {m.etternavn}
                          {m.fodselsdato && (
                            <span className="subtle">
                              {' '}
                              {t('husstand.alder', { antall: alderFra(m.fodselsdato) })}
                            </span>
                          )}
                        </span>
                        {m.fodselsdato && (
                          <span className="subtle">
                            {t('husstand.fodt')} <CivilDate date={m.fodselsdato} />
                          </span>
                        )}
                        {m.telefon && <span className="subtle tabular">{m.telefon}</span>}
                        {m.epost && <span className="subtle break">{m.epost}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
        <FormDialog open={open} onClose={() => setOpen(false)} title={t('husstand.leggTil')}>
          <AddMemberForm
            fosterhjemId={hjem.id}
            onCancel={() => setOpen(false)}
            onDone={(navn) => {
              setStatus(t('husstand.lagtTil', { navn }));
              setOpen(false);
            }}
          />
        </FormDialog>
      </section>
    </Card>
  );
}
