import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { type ReactNode, useId } from 'react';

/** A part of an insights page: a level-2 heading that names the section, a short lead, the content. */
export function Seksjon({
  tittel,
  ingress,
  children,
}: {
  tittel: string;
  ingress: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="overview-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {tittel}
      </Heading>
      <Paragraph data-size="sm" className="subtle">
        {ingress}
      </Paragraph>
      {children}
    </section>
  );
}
