import type { ClientOptions } from '../../widgets/shared/client';
import { MtPackageList } from '../../widgets/package-list/package-list.component';

/**
 * The real `<mt-package-list>` as partner pages embed it, asking the API with the staff member's token: the widget
 * itself sends none, so it would show published packages only, and a draft could not be previewed before it is
 * published. With the token the API shows the region's drafts too, exactly as the widget renders them.
 */
export class MtConsolePackagePreview extends MtPackageList {
  static override properties = {
    ...MtPackageList.properties,
    token: { attribute: false },
  };

  /** The signed-in staff member's access token. */
  declare token: string;

  constructor() {
    super();
    this.token = '';
  }

  protected override get client(): ClientOptions {
    return { ...super.client, token: this.token };
  }
}
