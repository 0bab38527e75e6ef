import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { addMonths } from '@/domain/plasseringsforlop';
import type { BarnView } from '@/web/api/barnTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';

/** The placement running today (placements never overlap), if any. */
export function currentPlacement(barn: BarnView, today = osloToday()) {
  return barn.plasseringer.find(
    (p) => p.innflytting <= today && (p.utflytting === null || p.utflytting >= today),
  );
}

interface Props {
  barn: BarnView;
  onDecide: () => void;
}

/**
 * "Besøksfrekvens": the rule (at least four visits a year; two when the child has lived there
 * more than two years and conditions are good), the current placement, and a new decision.
 */
export function FrequencyPanel({ barn, onDecide }: Props) {
  const t = useT();
  const headingId = useId();
  const plassering = currentPlacement(barn);
  const toAr = plassering ? addMonths(plassering.innflytting, 24) : null;
  return (
    <Card data-color="neutral" className="frequency-panel" aria-labelledby={headingId} asChild>
      <section>
        <Heading level={2} data-size="sm" id={headingId}>
          {t('arshjul.hyppighet.overskrift')}
        </Heading>
        <Paragraph data-size="sm">{t('arshjul.hyppighet.regel')}</Paragraph>
        {plassering && toAr ? (
          <>
            <dl className="facts">
              <div className="facts__row">
                <dt>{t('arshjul.hyppighet.plassering')}</dt>
                <dd>{plassering.fosterhjem.navn}</dd>
              </div>
              <div className="facts__row">
                <dt>{t('arshjul.hyppighet.innflytting')}</dt>
                <dd>
                  <CivilDate date={plassering.innflytting} />
                </dd>
              </div>
              <div className="facts__row">
                <dt>{t('arshjul.hyppighet.toAr')}</dt>
                <dd>
                  <span className="stacked-tight">
                    <CivilDate date={toAr} />
                    <span className="subtle">
                      {toAr < osloToday()
                        ? t('arshjul.hyppighet.kanReduseres')
                        : t('arshjul.hyppighet.kanIkkeReduseres')}
                    </span>
                  </span>
                </dd>
              </div>
            </dl>
            {barn.kanEndre && (
              <div>
                <Button type="button" variant="secondary" onClick={onDecide}>
                  {t('arshjul.hyppighet.knapp')}
                </Button>
              </div>
            )}
          </>
        ) : (
          <Paragraph>{t('arshjul.hyppighet.ingenPlassering')}</Paragraph>
        )}
      </section>
    </Card>
  );
}
