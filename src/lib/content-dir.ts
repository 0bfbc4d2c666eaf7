/** The content folder: `CONTENT_DIR` (tests and benchmarks point it elsewhere) or `./content`. */
export function contentDir(): string {
  return process.env.CONTENT_DIR || './content';
}
