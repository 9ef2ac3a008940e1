import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the manage link's fragment carries: `#reference=MT-XXXXXX&secret=…&lang=ja`. */
export interface ManageLink {
  reference: string;
  secret: string;
  lang: string;
}

/** Reads a fragment such as `#reference=MT-7K3Q9P&secret=…&lang=ja`; missing parts are empty. */
export function parseManageLink(hash: string): ManageLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return {
    reference: (params.get('reference') ?? '').trim(),
    secret: (params.get('secret') ?? '').trim(),
    lang: (params.get('lang') ?? '').trim(),
  };
}

/**
 * Follows the page's fragment for an element placed without `reference` and `secret`: the e-mailed link
 * puts them after `#`, which browsers never send to a server or in a Referer, so the secret stays on the
 * visitor's device. A changed fragment (another link pasted into the same tab) is read again.
 */
export class ManageLinkController implements ReactiveController {
  link: ManageLink = { reference: '', secret: '', lang: '' };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (link: ManageLink) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    window.addEventListener('hashchange', this.read);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.read);
  }

  private readonly read = (): void => {
    this.link = parseManageLink(location.hash);
    this.onChange(this.link);
    this.host.requestUpdate();
  };
}
