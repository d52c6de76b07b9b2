import { MetricsCharts } from '../../_components/metrics-charts';

export default function MetricsPage() {
  return (
    <>
      <h1>Metrics</h1>
      <MetricsCharts />
    </>
  );
}
