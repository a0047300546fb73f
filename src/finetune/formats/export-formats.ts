import { renderLlama3 } from "../chat-template.js";
import type { TrainingMessage } from "../types.js";

/** One training-file format: how a conversation becomes one JSONL record. */
interface ExportFormat {
  description: string;
  render(messages: readonly TrainingMessage[]): Record<string, unknown>;
}

/** Splits a conversation into its system prompt and its (user, assistant) pairs. */
function turns(messages: readonly TrainingMessage[]): { system?: string; pairs: [string, string][] } {
  const system = messages.filter((message) => message.role === "system").map((message) => message.content).join("\n");
  const pairs: [string, string][] = [];
  let question: string | undefined;
  for (const message of messages) {
    if (message.role === "user") question = question === undefined ? message.content : `${question}\n${message.content}`;
    if (message.role === "assistant") {
      pairs.push([question ?? "", message.content]);
      question = undefined;
    }
  }
  return { ...(system ? { system } : {}), pairs };
}

export const EXPORT_FORMATS = {
  /** OpenAI fine-tuning chat format: `{"messages": [{role, content}, …]}`. */
  openai: {
    description: 'OpenAI chat fine-tuning JSONL ({"messages": [...]})',
    render: (messages) => ({ messages: messages.map(({ role, content }) => ({ role, content })) }),
  },
  /** Stanford Alpaca (`instruction`/`input`/`output`), with LLaMA-Factory's `system` and `history` for more turns. */
  alpaca: {
    description: "Alpaca JSONL (instruction / input / output)",
    render: (messages) => {
      const { system, pairs } = turns(messages);
      const [instruction, output] = pairs.at(-1) ?? ["", ""];
      const history = pairs.slice(0, -1);
      return { instruction, input: "", output, ...(system ? { system } : {}), ...(history.length ? { history } : {}) };
    },
  },
  /** ShareGPT (FastChat): `conversations` of `{from: human|gpt, value}`, the system prompt beside them. */
  sharegpt: {
    description: "ShareGPT JSONL (conversations with from / value)",
    render: (messages) => {
      const system = messages.filter((message) => message.role === "system").map((message) => message.content).join("\n");
      const conversations = messages
        .filter((message) => message.role !== "system")
        .map((message) => ({ from: message.role === "user" ? "human" : "gpt", value: message.content }));
      return { conversations, ...(system ? { system } : {}) };
    },
  },
  /** The conversation rendered with Llama 3's chat template, for trainers that take pre-formatted text. */
  "llama3-text": {
    description: 'Llama 3 chat template rendered ({"text": "<|begin_of_text|>…"})',
    render: (messages) => ({ text: renderLlama3(messages) }),
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

export function renderJsonl(format: ExportFormatName, conversations: readonly (readonly TrainingMessage[])[]): string {
  const render = EXPORT_FORMATS[format].render;
  return conversations.map((messages) => JSON.stringify(render(messages))).join("\n") + (conversations.length ? "\n" : "");
}
