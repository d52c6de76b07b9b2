import { DeadLetterList } from '../../_components/dead-letter-list';

export default function DeadLettersPage() {
  return (
    <>
      <h1>Dead letters</h1>
      <p className="muted">Messages the bus gave up on after every retry, or could not read at all.</p>
      <DeadLetterList />
    </>
  );
}
