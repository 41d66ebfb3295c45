export interface Config {
  smo?: {
    waivers?: {
      /**
       * Longest a waiver may last, in days (default 90). The backend enforces it; the frontend limits its expiry
       * date picker to it.
       * @visibility frontend
       */
      maxDays?: number;
    };
  };
}
