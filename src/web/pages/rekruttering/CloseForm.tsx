import {
  Button,
  Field,
  Fieldset,
  Label,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { closeRecruitmentCase } from '@/web/api/closeRecruitmentCase';
import type { Avslutning, Pipeline, SakDetail } from '@/web/api/rekrutteringTypes';
import { useT } from '@/web/i18n/useT';
import { actionError } from '@/web/pages/rekruttering/actionError';
import { useRekrutteringLabels } from '@/web/pages/rekruttering/rekrutteringLabels';

/**
 * Withdrawn (the family's choice) or rejected (the assessment), or an available home that ends,
 * with a reason code. Withdrawn and rejected applicants are deleted after the retention period.
 */
export function CloseForm({
  sak,
  pipeline,
  onDone,
  onCancel,
}: {
  sak: SakDetail;
  pipeline: Pipeline;
  onDone: (utfall: Avslutning) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const l = useRekrutteringLabels(pipeline);
  const valg: Avslutning[] = sak.fase === 'tilgjengelig' ? ['avsluttet'] : ['trukket', 'avslatt'];
  const [utfall, setUtfall] = useState<Avslutning>(valg[0] as Avslutning);
  const [arsak, setArsak] = useState('');
  const [notat, setNotat] = useState('');
  const [feil, setFeil] = useState<string | null>(null);
  const [arsakFeil, setArsakFeil] = useState<string | null>(null);

  return (
    <form
      className="dialog-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setFeil(null);
        setArsakFeil(null);
        if (!arsak) {
          setArsakFeil(t('rekruttering.avslutt.arsak.mangler'));
          document.getElementById('rek-avslutt-arsak')?.focus();
          return;
        }
        try {
          await closeRecruitmentCase(sak.id, {
            utfall,
            arsak,
            notat: notat.trim() || null,
            version: sak.version,
          });
          await onDone(utfall);
        } catch (error) {
          setFeil(actionError(error, t));
        }
      }}
    >
      {valg.length > 1 && (
        <Fieldset>
          <Fieldset.Legend>{t('rekruttering.avslutt.utfall')}</Fieldset.Legend>
          {valg.map((v) => (
            <Radio
              key={v}
              id={`rek-avslutt-${v}`}
              name="utfall"
              value={v}
              label={l.fase(v)}
              description={t(
                v === 'trukket' ? 'rekruttering.avslutt.trukket.hjelp' : 'rekruttering.avslutt.avslatt.hjelp',
              )}
              checked={utfall === v}
              onChange={() => {
                setUtfall(v);
                setArsak('');
              }}
            />
          ))}
        </Fieldset>
      )}
      <Field>
        <Label htmlFor="rek-avslutt-arsak">{t('rekruttering.avslutt.arsak')}</Label>
        <Select
          id="rek-avslutt-arsak"
          value={arsak}
          aria-invalid={arsakFeil ? true : undefined}
          onChange={(e) => setArsak(e.target.value)}
        >
          <Select.Option value="">{t('felles.velg')}</Select.Option>
          {pipeline.arsaker[utfall].map((a) => (
            <Select.Option key={a.id} value={a.id}>
              {l.tekst(a.tittel)}
            </Select.Option>
          ))}
        </Select>
        {arsakFeil && <ValidationMessage>{arsakFeil}</ValidationMessage>}
      </Field>
      <Textfield
        id="rek-avslutt-notat"
        multiline
        rows={3}
        label={t('rekruttering.avslutt.notat')}
        description={t('rekruttering.avslutt.notat.hjelp')}
        value={notat}
        onChange={(e) => setNotat(e.target.value)}
      />
      {feil && <ValidationMessage>{feil}</ValidationMessage>}
      <div className="form-actions">
        <Button type="submit" data-color="danger">
          {t('rekruttering.avslutt.lagre', { fase: l.fase(utfall) })}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
