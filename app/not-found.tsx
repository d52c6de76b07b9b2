export default function NotFound() {
  return (
    <section className="hero">
      <h1>Nothing at this table.</h1>
      <p>This session does not exist, or the link is mistyped.</p>
      <a href="/">Back to the campaigns</a>
    </section>
  );
}
