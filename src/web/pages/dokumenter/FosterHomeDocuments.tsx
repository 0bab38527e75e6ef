import type { FosterhjemView } from '@/web/api/fosterhjemTypes';
import { CaseDocuments } from '@/web/pages/dokumenter/CaseDocuments';

const GJELDER = ['fosterhjem'] as const;

/** The foster home's documents (plans, evaluations, reports about the home). */
export function FosterHomeDocuments({ hjem }: { hjem: FosterhjemView }) {
  return <CaseDocuments sak={{ fosterhjemId: hjem.id }} gjelder={GJELDER} kanEndre={hjem.kanEndre} />;
}
