// Types for scripts/setup.mjs, which stays plain JavaScript because it runs before
// node_modules (and so TypeScript) exists.

/** Debian package name → what Pyxis uses it for. */
export declare const DEBIAN_PACKAGES: Readonly<Record<string, string>>;

/** Names of the fully installed packages in `dpkg-query -W -f='${Package} ${Status}\n'` output. */
export declare function installedPackages(dpkgOutput: string): Set<string>;
