import { OpsOverview } from '../_components/ops-overview';

export default function OpsPage() {
  return (
    <>
      <h1>Sessions and agents</h1>
      <OpsOverview />
    </>
  );
}
