/** The adventure's last word, once its ending is reached: the table reads it after the log. */
export function Epilogue({ text }: { text: string }) {
  return (
    <section className="entry epilogue" role="status" data-testid="epilogue">
      <h2>The end</h2>
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </section>
  );
}
