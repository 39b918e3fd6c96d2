import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

/**
 * A button that shows more in place, right below itself ("11 places", "6 more events"): the first screen stays
 * short and nothing is more than one click away. The content is rendered only once opened.
 */
export function Expander({
  label,
  children,
  class: className = '',
  open: initiallyOpen = false,
}: {
  label: string;
  children: () => ComponentChildren;
  class?: string;
  open?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  return (
    <div class={`expander ${className}`.trim()}>
      <button
        type="button"
        class="expander-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div id={id} class="expander-body" hidden={!open}>
        {open && children()}
      </div>
    </div>
  );
}
