import { useChild } from '@/web/pages/barn/side/useChild';
import { CaseDocuments } from '@/web/pages/dokumenter/CaseDocuments';

const GJELDER = ['barn', 'forelder'] as const;

/** `/barn/:id/dokumenter` — the child's documents (and those written to its parents). */
export function ChildDocumentsTab() {
  const barn = useChild();
  return (
    <div className="tab-content">
      <CaseDocuments sak={{ barnId: barn.id }} gjelder={GJELDER} kanEndre={barn.kanEndre} />
    </div>
  );
}
