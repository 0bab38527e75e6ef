import {
  Alert,
  Button,
  Checkbox,
  Details,
  Fieldset,
  Heading,
  Paragraph,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { moveRecruitmentStage } from '@/web/api/moveRecruitmentStage';
import { isApiError } from '@/web/api/problem';
import { LOP_FASER, type Pipeline, type SakDetail } from '@/web/api/rekrutteringTypes';
import { tickRecruitmentCheckpoint } from '@/web/api/tickRecruitmentCheckpoint';
import { untickRecruitmentCheckpoint } from '@/web/api/untickRecruitmentCheckpoint';
import { CivilDate } from '@/web/components/CivilDate';
import { FormDialog } from '@/web/components/FormDialog';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { actionError } from '@/web/pages/rekruttering/actionError';
import { useRekrutteringLabels } from '@/web/pages/rekruttering/rekrutteringLabels';

interface Props {
  sak: SakDetail;
  pipeline: Pipeline;
  onChanged: (message?: string) => Promise<void>;
}

const erLopFase = (f: string) => (LOP_FASER as readonly string[]).includes(f);

/**
 * The case's stage: guidance, the checklist of every stage (the current one open), and moving to
 * the next stage (when its required points are done) or back one with a note. The approval stage
 * is left by the approval decision, not here.
 */
export function SakFase({ sak, pipeline, onChanged }: Props) {
  const t = useT();
  const l = useRekrutteringLabels(pipeline);
  const [feil, setFeil] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [tilbake, setTilbake] = useState(false);
  // A ticked box shows at once; the saved state replaces it when the case is read again.
  const [valgt, setValgt] = useState<Record<string, boolean>>({});
  // The date put on the points ticked now: today unless the recruiter records something done earlier.
  const [dato, setDato] = useState(osloToday);
  const [datoFeil, setDatoFeil] = useState<string | null>(null);
  const aktiv = erLopFase(sak.fase);
  const kanEndre = sak.kanArbeide && aktiv;
  const index = LOP_FASER.indexOf(sak.fase as (typeof LOP_FASER)[number]);
  const neste = index >= 0 && index < 4 ? LOP_FASER[index + 1] : null;
  const definisjon = pipeline.faser.find((f) => f.id === sak.fase);
  const avsluttende = pipeline.avsluttende.find((f) => f.id === sak.fase);
  const utfort = new Map(sak.sjekkpunkter.map((p) => [p.punktId, p]));

  const run = async (key: string, action: () => Promise<unknown>, message?: string) => {
    setFeil(null);
    setDatoFeil(null);
    setBusy(key);
    try {
      await action();
      await onChanged(message);
    } catch (error) {
      const datoError = isApiError(error) ? error.problem.errors?.find((e) => e.field === 'dato') : undefined;
      if (datoError) setDatoFeil(datoError.message);
      else setFeil(actionError(error, t));
    } finally {
      setBusy(null);
      setValgt(({ [key]: _, ...rest }) => rest);
    }
  };

  const sjekkliste = (fase: Pipeline['faser'][number]) => {
    const punkter = fase.punkter.filter((p) => p.gjelder !== 'egne_barn' || sak.egneBarn > 0);
    if (punkter.length === 0)
      return <Paragraph className="subtle">{t('rekruttering.fase.ingenPunkter')}</Paragraph>;
    return (
      <Fieldset>
        <Fieldset.Legend>{t('rekruttering.fase.sjekkliste', { fase: l.tekst(fase.tittel) })}</Fieldset.Legend>
        <ul className="rek-checklist">
          {punkter.map((p) => {
            const gjort = utfort.get(p.id);
            const label = p.pakrevd
              ? t('rekruttering.fase.pakrevd', { punkt: l.tekst(p.tittel) })
              : l.tekst(p.tittel);
            return (
              <li key={p.id}>
                <Checkbox
                  id={`rek-punkt-${p.id}`}
                  label={label}
                  checked={valgt[p.id] ?? gjort !== undefined}
                  readOnly={!kanEndre}
                  disabled={!kanEndre}
                  aria-busy={busy === p.id || undefined}
                  onChange={(e) => {
                    if (busy === p.id) return;
                    const checked = e.target.checked;
                    if (checked && !dato) {
                      setDatoFeil(t('rekruttering.fase.dato.mangler'));
                      document.getElementById('rek-punkt-dato')?.focus();
                      return;
                    }
                    setValgt((v) => ({ ...v, [p.id]: checked }));
                    void run(
                      p.id,
                      () =>
                        checked
                          ? tickRecruitmentCheckpoint(sak.id, p.id, { dato })
                          : untickRecruitmentCheckpoint(sak.id, p.id),
                      checked
                        ? t('rekruttering.fase.punktUtfort', { punkt: l.tekst(p.tittel) })
                        : t('rekruttering.fase.punktAngret', { punkt: l.tekst(p.tittel) }),
                    );
                  }}
                />
                {gjort && (
                  <Paragraph data-size="sm" className="subtle rek-checklist__done">
                    {t('rekruttering.fase.utfortAv', {
                      person: l.person(gjort.utfortAv, gjort.utfortAvOrganisasjon),
                    })}{' '}
                    <CivilDate date={gjort.dato} />
                  </Paragraph>
                )}
              </li>
            );
          })}
        </ul>
      </Fieldset>
    );
  };

  return (
    <section className="rek-section" aria-labelledby="rek-fase">
      <Heading level={2} data-size="md" id="rek-fase">
        {t('rekruttering.fase.tittel', { fase: l.fase(sak.fase) })}
      </Heading>
      <Paragraph className="subtle">
        {t('rekruttering.fase.siden')} <CivilDate date={sak.faseFra} />
        {sak.avsluttetArsak &&
          (sak.fase === 'trukket' || sak.fase === 'avslatt' || sak.fase === 'avsluttet') && (
            <> · {t('rekruttering.fase.arsak', { arsak: l.arsak(sak.fase, sak.avsluttetArsak) })}</>
          )}
      </Paragraph>
      {definisjon && <Paragraph>{l.tekst(definisjon.veiledning)}</Paragraph>}
      {avsluttende && <Paragraph>{l.tekst(avsluttende.veiledning)}</Paragraph>}
      {feil && (
        <Alert data-color="danger" role="alert">
          {feil}
        </Alert>
      )}
      {kanEndre && (
        <Textfield
          id="rek-punkt-dato"
          className="date-field rek-checklist__date"
          type="date"
          label={t('rekruttering.fase.dato')}
          description={t('rekruttering.fase.dato.hjelp')}
          value={dato}
          min={sak.forsteKontakt}
          max={osloToday()}
          error={datoFeil ?? undefined}
          onChange={(e) => {
            setDato(e.target.value);
            setDatoFeil(null);
          }}
        />
      )}
      {definisjon && sjekkliste(definisjon)}
      {kanEndre && (
        <div className="rek-actions">
          {neste && (
            <Button
              aria-disabled={busy === 'neste' || undefined}
              onClick={() =>
                run(
                  'neste',
                  () => moveRecruitmentStage(sak.id, { retning: 'neste', version: sak.version }),
                  t('rekruttering.fase.flyttet', { fase: l.fase(neste) }),
                )
              }
            >
              {t('rekruttering.fase.tilNeste', { fase: l.fase(neste) })}
            </Button>
          )}
          {index >= 1 && index <= 4 && (
            <Button variant="secondary" onClick={() => setTilbake(true)}>
              {t('rekruttering.fase.tilbake', { fase: l.fase(LOP_FASER[index - 1] as string) })}
            </Button>
          )}
        </div>
      )}
      {kanEndre && sak.fase === 'godkjenning' && (
        <Paragraph className="subtle">{t('rekruttering.fase.kreverVedtak')}</Paragraph>
      )}
      {aktiv && sak.mangler.length > 0 && neste && (
        <Paragraph className="subtle">
          {t('rekruttering.fase.mangler', { antall: sak.mangler.length })}
        </Paragraph>
      )}
      {aktiv && (
        <Details className="rek-section">
          <Details.Summary>{t('rekruttering.fase.andreFaser')}</Details.Summary>
          <Details.Content>
            {pipeline.faser
              .filter((f) => f.id !== sak.fase && f.punkter.length > 0)
              .map((f) => (
                <div key={f.id}>{sjekkliste(f)}</div>
              ))}
          </Details.Content>
        </Details>
      )}
      <FormDialog
        open={tilbake}
        onClose={() => setTilbake(false)}
        title={t('rekruttering.fase.tilbake', {
          fase: index >= 1 ? l.fase(LOP_FASER[index - 1] as string) : '',
        })}
      >
        <TilbakeForm
          onCancel={() => setTilbake(false)}
          onSubmit={async (notat) => {
            await moveRecruitmentStage(sak.id, { retning: 'forrige', notat, version: sak.version });
            setTilbake(false);
            await onChanged(t('rekruttering.fase.flyttetTilbake'));
          }}
        />
      </FormDialog>
    </section>
  );
}

function TilbakeForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (notat: string) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [notat, setNotat] = useState('');
  const [feil, setFeil] = useState<string | null>(null);
  return (
    <form
      className="dialog-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (!notat.trim()) {
          setFeil(t('rekruttering.fase.notat.mangler'));
          return;
        }
        try {
          await onSubmit(notat.trim());
        } catch (error) {
          setFeil(actionError(error, t));
        }
      }}
    >
      <Textfield
        id="rek-tilbake-notat"
        multiline
        rows={3}
        label={t('rekruttering.fase.notat')}
        description={t('rekruttering.fase.notat.hjelp')}
        value={notat}
        error={feil ?? undefined}
        onChange={(e) => setNotat(e.target.value)}
      />
      <div className="form-actions">
        <Button type="submit">{t('rekruttering.fase.tilbakeLagre')}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
