export interface Config {
  /** The demo only: who its sign-in page offers (docs/development.md). */
  smoDemo?: {
    /**
     * People of the example organisation to sign in as; the backend's `demo` auth provider accepts exactly these.
     * @visibility frontend
     */
    personas?: Array<{
      /** @visibility frontend */
      userEntityRef: string;
      /** @visibility frontend */
      title: string;
      /** @visibility frontend */
      description?: string;
    }>;
  };
}
