/** `---` YAML `---` at the start of an MDX file, and the newline after it. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * An MDX file's frontmatter (the YAML text, not parsed: callers report YAML errors their own way) and
 * its body. `yaml` is undefined when the file does not start with a frontmatter block.
 */
export function splitFrontmatter(text: string): { yaml: string | undefined; body: string } {
  const match = FRONTMATTER.exec(text);
  return match ? { yaml: match[1]!, body: text.slice(match[0].length) } : { yaml: undefined, body: text };
}
