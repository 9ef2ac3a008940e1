import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ListOptions {
  /** The ids of the options in their order on screen. */
  ids(): readonly string[];
  /** The id that holds the Tab stop when the visitor has not moved yet (the chosen time, if shown). */
  preferred(): string | null;
  /** Enter or Space on an option. */
  choose(id: string): void;
}

/**
 * The times list's keyboard behaviour, after the APG listbox: one Tab stop, ArrowUp/ArrowDown (and the
 * side arrows) move between times, Home/End to the first and last; moving never chooses, Enter or Space does,
 * so a visitor can read through the times without the booking form opening on each one.
 */
export class ListController implements ReactiveController {
  private active: string | null = null;
  private pendingFocus = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: ListOptions,
  ) {
    host.addController(this);
  }

  /** The option with the Tab stop: where the visitor moved to, else the chosen time, else the first. */
  get tabStop(): string | null {
    const ids = this.options.ids();
    if (this.active && ids.includes(this.active)) return this.active;
    const preferred = this.options.preferred();
    return preferred && ids.includes(preferred) ? preferred : (ids[0] ?? null);
  }

  /** Puts the Tab stop on `id` and the browser's focus there after rendering. */
  focus(id: string): void {
    this.active = id;
    this.pendingFocus = true;
    this.host.requestUpdate();
  }

  /** A new list (another day, new data) starts again from the chosen time. */
  reset(): void {
    this.active = null;
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const ids = this.options.ids();
    const current = this.tabStop;
    if (current === null) return;
    const index = ids.indexOf(current);
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(index + 1, ids.length - 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(index - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = ids.length - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.options.choose(current);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.focus(ids[next] as string);
  };

  hostUpdated(): void {
    if (!this.pendingFocus || this.active === null) return;
    this.pendingFocus = false;
    this.host.renderRoot.querySelector<HTMLElement>(`[data-slot="${CSS.escape(this.active)}"]`)?.focus();
  }
}
