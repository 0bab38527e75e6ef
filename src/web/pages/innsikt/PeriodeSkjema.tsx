import { Button, Field, Input, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Periode } from '@/web/api/innsiktTypes';
import { FormErrorSummary, type SummaryItem } from '@/web/components/FormErrorSummary';
import { isIsoDate } from '@/web/i18n/dates';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import { aktivtForvalg, FORVALG, type Forvalg, forvalgPeriode } from '@/web/pages/innsikt/periodeParams';

interface Props {
  periode: Periode;
  today: string;
  onChange: (periode: Periode) => void;
}

const IDS = { fra: 'innsikt-fra', til: 'innsikt-til' } as const;

const FORVALG_TEKST: Record<Forvalg, MessageId> = {
  siste12: 'innsikt.periode.siste12',
  iAr: 'innsikt.periode.iAr',
  iFjor: 'innsikt.periode.iFjor',
};

/** From and to dates, with presets. Choosing writes the period to the URL. */
export function PeriodeSkjema({ periode, today, onChange }: Props) {
  const t = useT();
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Periode>({ defaultValues: periode, values: periode, shouldFocusError: false });
  const aktivt = aktivtForvalg(periode, today);

  const fraError = errors.fra ? t('innsikt.periode.fraMangler') : undefined;
  const tilError =
    errors.til?.type === 'rekkefolge'
      ? t('innsikt.periode.tilForFra')
      : errors.til
        ? t('innsikt.periode.tilMangler')
        : undefined;
  const items: SummaryItem[] = [
    ...(fraError ? [{ fieldId: IDS.fra, message: fraError }] : []),
    ...(tilError ? [{ fieldId: IDS.til, message: tilError }] : []),
  ];

  return (
    <form
      className="innsikt-periode"
      aria-label={t('innsikt.periode.etikett')}
      noValidate
      onSubmit={handleSubmit(onChange, () => setAttempt((n) => n + 1))}
    >
      {items.length > 0 && <FormErrorSummary key={attempt} heading={t('skjema.rettOpp')} items={items} />}
      <fieldset className="innsikt-periode__forvalg">
        <legend className="innsikt-periode__legend">{t('innsikt.periode.forvalg')}</legend>
        {FORVALG.map((f) => (
          <Button
            key={f}
            type="button"
            data-size="sm"
            variant={aktivt === f ? 'primary' : 'secondary'}
            aria-pressed={aktivt === f}
            onClick={() => onChange(forvalgPeriode(f, today))}
          >
            {t(FORVALG_TEKST[f])}
          </Button>
        ))}
      </fieldset>
      <div className="innsikt-periode__felt">
        <Field>
          <Label htmlFor={IDS.fra}>{t('innsikt.periode.fra')}</Label>
          <Input
            id={IDS.fra}
            type="date"
            aria-invalid={fraError ? true : undefined}
            {...register('fra', { validate: (fra) => isIsoDate(fra) })}
          />
          {fraError && <ValidationMessage>{fraError}</ValidationMessage>}
        </Field>
        <Field>
          <Label htmlFor={IDS.til}>{t('innsikt.periode.til')}</Label>
          <Input
            id={IDS.til}
            type="date"
            aria-invalid={tilError ? true : undefined}
            {...register('til', {
              validate: {
                dato: (til) => isIsoDate(til),
                rekkefolge: (til, values) => !isIsoDate(values.fra) || til >= values.fra,
              },
            })}
          />
          {tilError && <ValidationMessage>{tilError}</ValidationMessage>}
        </Field>
        <Button type="submit" className="innsikt-periode__vis">
          {t('innsikt.periode.vis')}
        </Button>
      </div>
    </form>
  );
}
