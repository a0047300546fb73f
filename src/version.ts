/** kurabe's version, kept apart so that `kurabe --version` loads nothing else. */
export const KURABE_VERSION = "0.1.0";
