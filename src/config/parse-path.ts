/** formatPath's inverse: `models[0].rag.folders[1]` → `["models", 0, "rag", "folders", 1]`. */
export function parsePath(field: string): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (match[2] !== undefined) path.push(Number(match[2]));
    else if (match[3] !== undefined) path.push(JSON.parse(`"${match[3]}"`) as string);
    else path.push(match[1]!);
  }
  return path;
}
