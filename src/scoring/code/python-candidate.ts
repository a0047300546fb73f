import { PYTHON_PLAIN_DATA } from "./python-plain-data.js";

/**
 * The Python candidate harness (`/box/candidate.py`): runs the model's program, says whether it loaded, then answers
 * the checker's calls over the link (fd 3) until end-of-file. It runs in the candidate's process and holds no
 * secret: whatever the program does here (write to the link, exit, read its own memory) can only change the answers
 * the checker compares, never the checker's verdict. Upstream HumanEval execs the program as a module, so
 * `if __name__ == "__main__"` blocks do not run.
 *
 * stdin: the program's source.
 */
export const PYTHON_CANDIDATE = String.raw`import builtins
import json as _json
import os
import sys
` + PYTHON_PLAIN_DATA + String.raw`

def _candidate():
    exit_now = os._exit
    program = _read_stdin().decode("utf-8", "replace")
    link = _Link(3, 1 << 30)
    send = link.send

    def reply(message):
        # The candidate is stopped once the checker has its verdict: what it printed so far must be out by then.
        _flush()
        send(message)

    def text_of(error):
        try:
            name = type(error).__name__
            message = str(error)
            return name + (": " + message if message else "")
        except BaseException:
            return "an unprintable exception"

    def message_of(error):
        try:
            return str(error)[:2000]
        except BaseException:
            return ""

    def failed(outcome, detail):
        reply({"failed": {"outcome": outcome, "detail": detail[:2000]}})
        exit_now(1)

    try:
        code = compile(program, "program.py", "exec")
    except (SyntaxError, ValueError) as error:
        line = getattr(error, "lineno", None)
        failed("syntax-error", ("line %s: " % line if line else "") + text_of(error))
    namespace = {"__name__": "__kurabe_program__", "__builtins__": builtins}
    try:
        exec(code, namespace)
    except SystemExit:
        failed("exited-early", "the program called sys.exit() before the tests")
    except MemoryError as error:
        failed("memory", text_of(error))
    except BaseException as error:
        failed("runtime-error", "the program raised " + text_of(error))
    reply({"ready": [name for name, value in list(namespace.items()) if type(name) is str and callable(value)]})
    while True:
        request = link.receive()
        if request is None:
            exit_now(0)
        try:
            function = namespace[request["call"]]
            args = [_decode(arg) for arg in request["args"]]
            kwargs = {key: _decode(value) for key, value in request["kwargs"].items()}
        except BaseException as error:
            reply({"raised": {"type": type(error).__name__, "message": message_of(error)}})
            continue
        try:
            result = function(*args, **kwargs)
            answer = {"ok": _encode(result)}
        except SystemExit:
            reply({"exit": "sys.exit() was called during the tests"})
            exit_now(1)
        except NotPlainData as error:
            answer = {"raised": {"type": "NotPlainData", "message": str(error)}}
        except BaseException as error:
            answer = {"raised": {"type": type(error).__name__, "message": message_of(error)}}
        try:
            reply(answer)
        except ValueError as error:
            reply({"raised": {"type": "NotPlainData", "message": message_of(error)}})


_candidate()
`;
