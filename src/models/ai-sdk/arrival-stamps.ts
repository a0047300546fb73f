import { createParser } from "eventsource-parser";

/** Byte-arrival times of one streamed answer (performance.now()), as StreamedAnswer carries them. */
export interface ArrivalStamps {
  firstTokenAt?: number;
  outputArrivals?: number[];
  endedAt?: number;
}

/** Whether one SSE event's JSON, in a provider's own protocol, carries answer text or reasoning. */
export type CarriesOutput = (event: unknown) => boolean;

/**
 * A `fetch` for one AI SDK call that stamps the streamed body's bytes as they arrive, and the stamps read from them.
 * The SDK's parts come through a pipeline of streams that only moves when its consumer reads, so a stamp taken when a
 * part comes out is the consumer's time, not the network's. The body is read here as fast as it comes (an SSE answer
 * is small), each chunk stamped before anything else is done with it; the events are parsed only when the stamps are
 * asked for, after the answer, so the read path does no more than the SDK's own. Events that came in one read share
 * its time, as with kurabe's own client (chat-completions/chat-stream.ts).
 */
export function stampArrivals(inner: typeof fetch, carriesOutput: CarriesOutput) {
  const chunks: Uint8Array[] = [];
  const stamps: number[] = [];
  let endedAt: number | undefined;

  const stampedFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await inner(input, init);
    if (!response.body || !response.headers.get("content-type")?.includes("text/event-stream")) return response;
    const stamper = new TransformStream<Uint8Array, Uint8Array>(
      {
        transform(chunk, controller) {
          stamps.push(performance.now());
          chunks.push(chunk);
          controller.enqueue(chunk);
        },
        flush() {
          endedAt = performance.now();
        },
      },
      undefined,
      // No backpressure on the way out: the pipe reads the body whether or not the SDK has read what came before.
      { highWaterMark: Number.POSITIVE_INFINITY },
    );
    const { status, statusText, headers } = response;
    return new Response(response.body.pipeThrough(stamper), { status, statusText, headers });
  }) as typeof fetch;

  return {
    fetch: stampedFetch,
    /** The stamps of the answer read so far; call once its stream has been drained. */
    stamps(): ArrivalStamps {
      const outputArrivals: number[] = [];
      let arrivedAt = 0;
      const parser = createParser({
        onEvent: ({ data }) => {
          if (carriesOutput(parseEvent(data))) outputArrivals.push(arrivedAt);
        },
      });
      const decoder = new TextDecoder();
      chunks.forEach((chunk, i) => {
        arrivedAt = stamps[i]!;
        parser.feed(decoder.decode(chunk, { stream: true }));
      });
      return {
        ...(outputArrivals.length > 0 ? { firstTokenAt: outputArrivals[0]!, outputArrivals } : {}),
        ...(endedAt !== undefined ? { endedAt } : {}),
      };
    },
  };
}

/** An event's JSON; anything else (`[DONE]`, a broken event the SDK has already reported) carries no output. */
function parseEvent(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}
