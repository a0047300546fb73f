/**
 * Reasoning models served as plain chat models (DeepSeek-R1, Qwen3 through vLLM, Ollama or llama.cpp) write their
 * reasoning inline as `<think>…</think>` before the answer. Scorers must see only the answer, so the block moves to
 * `reasoning`. Two shapes seen in practice besides the plain one, handled as vLLM's deepseek_r1 reasoning parser does:
 * the opening tag is missing (R1's chat template already puts `<think>` in the prompt), and the closing tag is
 * missing (the token limit hit while the model was still thinking: everything is reasoning, the answer is empty).
 */
interface SplitText {
  text: string;
  reasoning?: string;
}

const OPEN = "<think>";
const CLOSE = "</think>";

export function splitThinkTags(raw: string): SplitText {
  const firstOpen = raw.indexOf(OPEN);
  const firstClose = raw.indexOf(CLOSE);
  if (firstOpen === -1 && firstClose === -1) return { text: raw };

  const reasoning: string[] = [];
  const answer: string[] = [];
  let rest = raw;
  if (firstClose !== -1 && (firstOpen === -1 || firstClose < firstOpen)) {
    // The opening tag was in the prompt: everything before the first closing tag is reasoning.
    reasoning.push(rest.slice(0, firstClose));
    rest = rest.slice(firstClose + CLOSE.length);
  }
  for (let open = rest.indexOf(OPEN); open !== -1; open = rest.indexOf(OPEN)) {
    answer.push(rest.slice(0, open));
    const close = rest.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) {
      reasoning.push(rest.slice(open + OPEN.length));
      rest = "";
      break;
    }
    reasoning.push(rest.slice(open + OPEN.length, close));
    rest = rest.slice(close + CLOSE.length);
  }
  answer.push(rest);

  const thought = reasoning.map((part) => part.trim()).filter((part) => part.length > 0).join("\n\n");
  const text = answer.map((part) => part.trim()).filter((part) => part.length > 0).join(" ");
  return thought ? { text, reasoning: thought } : { text };
}
