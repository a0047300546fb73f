import type { IncomingHttpHeaders } from "node:http";
import type { Dispatcher } from "undici";

/** What a caller of a connection pool uses: one dispatch per request. */
export type Dispatch = Pick<Dispatcher, "dispatch">;

/**
 * At most `size` requests in flight, each on a lane of its own (a dispatcher with one socket, opened when first
 * needed); a request beyond them waits for the next lane to free. A lane is free again the moment its answer ended
 * (in the handler's end or error callback), so a caller that sends its next request as soon as the last one is in
 * gets the lane, and its socket, back at once: undici's Pool hands a freed socket on only after the socket's client
 * emitted `drain`, a check phase later, and undici then checks the idle socket for another check phase before writing
 * (GHSA-35p6-xmwp-9g52), so a request sent on a Pool's reused socket left a full event-loop turn after it was stamped
 * (bench/README.md, issue 11). On a lane it leaves in the same turn's check phase. The most recently freed lane is
 * taken first, so a closed loop keeps to the same warm sockets.
 */
export class SocketLanes implements Dispatch {
  private readonly idle: Dispatcher[] = [];
  /** Every lane opened, idle or busy: `close` closes them all. */
  private readonly lanes: Dispatcher[] = [];
  private readonly waiting: Array<{ options: Dispatcher.DispatchOptions; handler: Dispatcher.DispatchHandler }> = [];

  constructor(
    private readonly size: number,
    private readonly openLane: () => Dispatcher,
  ) {}

  /** False when the request waits for a lane (undici's meaning: the caller should wait for a drain to send more). */
  dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    const lane = this.idle.pop() ?? (this.lanes.length < this.size ? this.open() : undefined);
    if (lane === undefined) {
      this.waiting.push({ options, handler });
      return false;
    }
    this.send(lane, options, handler);
    return true;
  }

  /**
   * Closes every lane's socket, once their requests in flight have ended (undici's close: a caller stops its
   * requests first). A socket left open would hold the server's connection, and keep a process that is done alive.
   */
  async close(): Promise<void> {
    const lanes = this.lanes.splice(0);
    this.idle.length = 0;
    await Promise.all(lanes.map((lane) => lane.close()));
  }

  private open(): Dispatcher {
    const lane = this.openLane();
    this.lanes.push(lane);
    return lane;
  }

  private send(lane: Dispatcher, options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): void {
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      const next = this.waiting.shift();
      if (next) this.send(lane, next.options, next.handler);
      else this.idle.push(lane);
    };
    try {
      lane.dispatch(options, new LaneHandler(handler, release));
    } catch (error) {
      release();
      throw error;
    }
  }
}

/**
 * The caller's handler, with the lane released when the answer ended or failed, before the caller hears of it. Only
 * undici 7's handler callbacks are passed on (kurabe's own callers use no other), and no upgrade: a lane carries
 * ordinary requests.
 */
class LaneHandler implements Dispatcher.DispatchHandler {
  constructor(
    private readonly inner: Dispatcher.DispatchHandler,
    private readonly release: () => void,
  ) {}

  onRequestStart(controller: Dispatcher.DispatchController, context: unknown): void {
    this.inner.onRequestStart?.(controller, context);
  }

  onResponseStart(controller: Dispatcher.DispatchController, statusCode: number, headers: IncomingHttpHeaders, statusMessage?: string): void {
    this.inner.onResponseStart?.(controller, statusCode, headers, statusMessage);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.inner.onResponseData?.(controller, chunk);
  }

  onResponseEnd(controller: Dispatcher.DispatchController, trailers: IncomingHttpHeaders): void {
    this.release();
    this.inner.onResponseEnd?.(controller, trailers);
  }

  onResponseError(controller: Dispatcher.DispatchController, error: Error): void {
    this.release();
    this.inner.onResponseError?.(controller, error);
  }
}
