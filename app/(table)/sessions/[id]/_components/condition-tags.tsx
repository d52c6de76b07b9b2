/** Conditions and other passing states (dodging, exhaustion) as tags; nothing when there are none. */
export function ConditionTags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <div className="member-meta" data-testid="conditions">
      {tags.map((tag) => (
        <span key={tag} className="tag condition">
          {tag}
        </span>
      ))}
    </div>
  );
}
