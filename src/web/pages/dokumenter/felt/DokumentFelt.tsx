import type { Felt } from '@/web/api/dokumentTypes';
import { BarnetsStemmeFelt } from '@/web/pages/dokumenter/felt/BarnetsStemmeFelt';
import { FlervalgFelt } from '@/web/pages/dokumenter/felt/FlervalgFelt';
import { PersonerFelt } from '@/web/pages/dokumenter/felt/PersonerFelt';
import { SjekklisteFelt } from '@/web/pages/dokumenter/felt/SjekklisteFelt';
import { TekstFelt } from '@/web/pages/dokumenter/felt/TekstFelt';
import { ValgFelt } from '@/web/pages/dokumenter/felt/ValgFelt';

/** One field of a document, by its type. */
export function DokumentFelt({ felt }: { felt: Felt }) {
  switch (felt.type) {
    case 'valg':
      return <ValgFelt felt={felt} />;
    case 'flervalg':
      return <FlervalgFelt felt={felt} />;
    case 'sjekkliste':
      return <SjekklisteFelt felt={felt} />;
    case 'personer':
      return <PersonerFelt felt={felt} />;
    case 'barnets_stemme':
      return <BarnetsStemmeFelt felt={felt} />;
    default:
      return <TekstFelt felt={felt} />;
  }
}
