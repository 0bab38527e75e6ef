/** Languages are typed as one comma-separated field: "norsk, tigrinja" ↔ ['norsk', 'tigrinja']. */
export function parseSprak(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => {
      const key = part.toLocaleLowerCase('nb');
      if (!part || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export function formatSprak(list: string[]): string {
  return list.join(', ');
}

/** An optional text field: blank becomes null, as the API expects. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
