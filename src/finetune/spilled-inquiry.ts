import { blankTurnOf } from "./blank-turn.js";
import type { TextSpill } from "./text-spill.js";
import type { Example, ExampleSource, Language, TrainingMessage } from "./types.js";

/**
 * An inquiry row as an example whose question and answer live in a TextSpill: what the build keeps of a row in
 * memory is its id, source, category and tallies; `messages` reads the texts back each time it is asked for. A
 * truncated example's new messages (few) are held in memory.
 */
export class SpilledInquiry implements Example {
  category?: string;
  sources?: string[];
  language?: Language;
  tokens?: number;
  // Private fields, not properties: an example's own properties are its data (what tests compare), not its storage.
  #replaced: TrainingMessage[] | undefined;
  #record: number;
  // The id and source are made when asked for: held as strings and an object, they were a third of what a large log's
  // rows keep in the main thread (a heap snapshot at 270,000 rows: 27 of 99 MB).
  readonly #name: string;
  readonly #file: string;
  readonly #line: number;
  #emptyTurn: TrainingMessage["role"] | undefined;
  readonly #system: readonly TrainingMessage[];
  readonly #spill: TextSpill;

  constructor(
    name: string,
    file: string,
    line: number,
    system: readonly TrainingMessage[],
    spill: TextSpill,
    question: string,
    answer: string,
  ) {
    this.#name = name;
    this.#file = file;
    this.#line = line;
    this.#system = system;
    this.#spill = spill;
    this.#record = spill.append([question, answer]);
    this.#emptyTurn = blankTurn(question, answer);
  }

  /** `inquiries.csv:12`: the file's name and the row's line. */
  get id(): string {
    return `${this.#name}:${this.#line}`;
  }

  get source(): ExampleSource {
    return { kind: "inquiry", file: this.#file, line: this.#line };
  }

  emptyTurn(): TrainingMessage["role"] | undefined {
    return this.#replaced ? blankTurnOf(this.#replaced) : this.#emptyTurn;
  }

  get messages(): TrainingMessage[] {
    if (this.#replaced) return this.#replaced;
    const [question, answer] = this.texts();
    return [...this.#system, { role: "user", content: question }, { role: "assistant", content: answer }];
  }

  /** The question and answer as spilled. */
  texts(): [question: string, answer: string] {
    const [question, answer] = this.#spill.read(this.#record);
    return [question!, answer!];
  }

  /** The spill's record of the question and answer, unless the messages were replaced (then they are in memory). */
  get record(): number | undefined {
    return this.#replaced ? undefined : this.#record;
  }

  /** Spills new texts for the row (a later masking pass's), read from now on; the old record stays in the file, unread. */
  respill(question: string, answer: string): void {
    this.#record = this.#spill.append([question, answer]);
    this.#emptyTurn = blankTurn(question, answer);
  }

  set messages(messages: TrainingMessage[]) {
    this.#replaced = messages;
  }
}

/** Noted as a row is spilled: the build checks every row for a blank turn, and would read each back for it. */
const blankTurn = (question: string, answer: string): TrainingMessage["role"] | undefined =>
  blankTurnOf([
    { role: "user", content: question },
    { role: "assistant", content: answer },
  ]);
