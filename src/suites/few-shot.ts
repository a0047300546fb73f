import type { ChatMessage } from "../models/types.js";
import type { Item } from "./types.js";

/**
 * Up to `shots` worked examples for an item, never the item itself: those sharing its `group` field first (MMLU's
 * exemplars come from the same subject, as in the original paper), then the rest, in file order so that prompts are
 * the same run after run.
 */
export function selectExemplars(pool: readonly Item[], item: Item, shots: number, group?: string): Item[] {
  if (shots === 0) return [];
  const others = pool.filter((candidate) => candidate.id !== item.id && candidate.expected !== undefined);
  const key = group === undefined ? undefined : item.fields[group];
  const sameGroup = key === undefined ? [] : others.filter((candidate) => candidate.fields[group!] === key);
  const rest = others.filter((candidate) => !sameGroup.includes(candidate));
  return [...sameGroup, ...rest].slice(0, shots);
}

/** Examples become earlier turns: the example's prompt as the user, its answer as the assistant. */
export function withExemplars(
  exemplars: readonly Item[],
  render: (item: Item) => ChatMessage[],
  answerOf: (item: Item) => string,
  messages: ChatMessage[],
): ChatMessage[] {
  if (exemplars.length === 0) return messages;
  const system = messages[0]?.role === "system" ? [messages[0]] : [];
  const turns = exemplars.flatMap((example): ChatMessage[] => [
    ...render(example).filter((message) => message.role !== "system"),
    { role: "assistant", content: answerOf(example) },
  ]);
  return [...system, ...turns, ...messages.slice(system.length)];
}
