/** One turn of a training conversation. Training files hold text only. */
export interface TrainingMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export type Language = "ja" | "en" | "other";

/** Where an example came from, for the report and for tracing a training row back to its source. */
export type ExampleSource =
  | { kind: "inquiry"; file: string; line: number }
  | { kind: "document"; file: string; headings: string[]; part: number; parts: number };

/** One training example on its way through the pipeline. */
export interface Example {
  /** Stable and readable: `inquiries.csv:12` for a row, `manual.md#3` for a document chunk. */
  id: string;
  source: ExampleSource;
  messages: TrainingMessage[];
  /** The inquiry's category, when a category column exists: the split is stratified by it. */
  category?: string;
  /** An inquiry's source documents, when the log names them (paths relative to the documents folder). */
  sources?: string[];
  language?: Language;
  tokens?: number;
  /**
   * The role of its first user or assistant turn that is empty (blank), or undefined if none is, where the example
   * knows it without building its messages (one kept on disk would read them back).
   */
  emptyTurn?(): TrainingMessage["role"] | undefined;
}

/** An evaluation item's text, checked for overlap with the training data. */
export interface EvalItemText {
  suite: string;
  itemId: string;
  text: string;
}
