import { Suspense } from 'react';
import { TraceSearch } from '../../_components/trace-search';

export default function TracesPage() {
  return (
    <>
      <h1>Traces</h1>
      <Suspense>
        <TraceSearch />
      </Suspense>
    </>
  );
}
