/**
 * A model asked with one of a suite's prompt variants is compared as a model of its own, under this id:
 * `openai:gpt-4o-mini@terse`. `@` reads as "this model, in that version of the prompt" (as npm's `pkg@version`),
 * is one shell word, and needs no quoting in CSV; stores and reports keep the model and the prompt id apart as well,
 * so nothing ever parses the id back.
 */
const VARIANT_SEPARATOR = "@";

export function variantId(modelId: string, promptId: string | undefined): string {
  return promptId === undefined ? modelId : `${modelId}${VARIANT_SEPARATOR}${promptId}`;
}
