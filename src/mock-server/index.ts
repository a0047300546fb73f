/** The mock model server's public surface: the CLI command, the server for tests and benchmarks, and its types. */
export { runMockServerCommand } from "./command.js";
export { startMockServer } from "./server.js";
export type {
  Fault,
  MockMessage,
  MockPart,
  MockProtocol,
  MockReply,
  MockRequest,
  MockServer,
  MockServerOptions,
  MockStats,
} from "./types.js";
