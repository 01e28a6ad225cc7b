declare module '@custom-elements-manifest/analyzer/cli.js' {
  /** The analyzer's command line, callable in-process; returns the manifest it made. */
  export function cli(options: { argv: string[]; cwd: string; noWrite: boolean }): Promise<unknown>;
}
