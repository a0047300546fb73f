import { PYTHON_PLAIN_DATA } from "./python-plain-data.js";

/**
 * The Python checker (`/box/checker.py`): runs the benchmark's tests in its own sandbox, apart from the candidate.
 * The candidate's functions are proxies: each call sends the arguments over the link (fd 4) as plain data and
 * decodes the answer into exact built-in types, so the tests compare values the candidate cannot shape (no always-
 * equal objects), and nothing the candidate prints, writes, reads from its own memory or exits with reaches this
 * process or its report channel (fd 3). Reports `START`, then one of `PASS`, `FAIL <outcome> <detail>`, or
 * `ERROR test-error <detail>` (the tests themselves are broken: decided before anything from the candidate is read).
 *
 * stdin: `KURABE2\n entry\n count\n` then `count` sections `name\n byteLength\n bytes`: the prompt's preamble (its
 * imports and helper functions, which the tests may use: HumanEval/32's `poly`), then the test snippets.
 */
export const PYTHON_CHECKER = String.raw`import builtins
import json as _json
import os
import sys
` + PYTHON_PLAIN_DATA + String.raw`

class _Verdict(BaseException):
    pass


class _WrongResult(BaseException):
    pass


class _CandidateEnded(BaseException):
    pass


class _TestDataError(BaseException):
    pass


class CandidateError(Exception):
    """An exception the candidate raised whose type is not a built-in one."""


def _checker():
    exit_now = os._exit

    def report(line):
        os.write(3, (line.replace("\n", "\\n") + "\n").encode("utf-8", "replace"))

    report("START")
    data = _read_stdin()
    position = 0

    def next_line():
        nonlocal position
        end = data.index(b"\n", position)
        text = data[position:end].decode("utf-8")
        position = end + 1
        return text

    assert next_line() == "KURABE2"
    entry = next_line()
    sections = []
    for _ in range(int(next_line())):
        name = next_line()
        size = int(next_line())
        sections.append((name, data[position:position + size].decode("utf-8")))
        position += size

    def fail(outcome, detail):
        _flush()
        report("FAIL " + outcome + " " + detail[:2000])
        exit_now(1)

    def text_of(error):
        name = type(error).__name__
        message = str(error)
        return name + (": " + message if message else "")

    # The tests compile before anything from the candidate is read: a failure here is the benchmark's.
    tests = []
    for name, source in sections[1:]:
        try:
            tests.append((name, compile(source, name, "exec")))
        except BaseException as error:
            report("ERROR test-error " + name + ": " + text_of(error))
            exit_now(2)
    test_sources = dict(sections[1:])

    def failing_line(error):
        # The innermost frame in a test snippet: for HumanEval the assert inside check(), not check(f).
        found = None
        tb = error.__traceback__
        while tb is not None:
            filename = tb.tb_frame.f_code.co_filename
            if filename in test_sources:
                found = (filename, tb.tb_lineno)
            tb = tb.tb_next
        if found is None:
            return ""
        return test_sources[found[0]].splitlines()[found[1] - 1].strip()

    namespace = {"__name__": "__kurabe_tests__", "__builtins__": builtins}
    preamble = sections[0][1]
    if preamble.strip():
        try:
            exec(compile(preamble, "prompt.py", "exec"), namespace)
        except BaseException:
            pass  # the prompt's helpers are a convenience; a test that needs a missing one fails on its own

    link = _Link(4, 32 << 20)

    def receive():
        try:
            message = link.receive()
        except BaseException as error:
            raise _WrongResult("the program sent a malformed message (%s)" % text_of(error))
        if message is None:
            raise _CandidateEnded()
        if type(message) is not dict:
            raise _WrongResult("the program sent a malformed message")
        return message

    try:
        hello = receive()
    except _CandidateEnded:
        fail("exited-early", "the program ended before the tests")
    except _WrongResult as error:
        fail("wrong-result", str(error))
    failed = hello.get("failed")
    if type(failed) is dict:
        outcome = failed.get("outcome")
        detail = failed.get("detail")
        known = ("syntax-error", "runtime-error", "exited-early", "memory")
        fail(outcome if outcome in known else "runtime-error", detail if type(detail) is str else "")
    names = hello.get("ready")
    if type(names) is not list:
        fail("wrong-result", "the program sent a malformed message")

    def proxy(name):
        def call(*args, **kwargs):
            try:
                request = {"call": name, "args": [_encode(arg) for arg in args], "kwargs": {key: _encode(value) for key, value in kwargs.items()}}
            except NotPlainData as error:
                raise _TestDataError("the tests pass %s to %s" % (error, name))
            try:
                link.send(request)
            except OSError:
                raise _CandidateEnded()
            answer = receive()
            if "ok" in answer:
                try:
                    return _decode(answer["ok"])
                except BaseException as error:
                    raise _WrongResult("%s returned %s" % (name, str(error) if isinstance(error, NotPlainData) else "a value that is not plain data"))
            raised = answer.get("raised")
            if type(raised) is dict:
                kind = raised.get("type")
                message = raised.get("message")
                message = message if type(message) is str else ""
                if kind == "NotPlainData":
                    raise _WrongResult("%s returned %s" % (name, message))
                builtin = vars(builtins).get(kind) if type(kind) is str else None
                if isinstance(builtin, type) and issubclass(builtin, Exception):
                    raise builtin(message)
                raise CandidateError("%s: %s" % (kind, message))
            if "exit" in answer:
                raise _CandidateEnded()
            raise _WrongResult("the program sent a malformed message")
        call.__name__ = name
        return call

    namespace[entry] = proxy(entry)
    for name in names:
        if type(name) is str and name.isidentifier() and not name.startswith("__") and name not in namespace:
            namespace[name] = proxy(name)

    for name, code in tests:
        try:
            exec(code, namespace)
        except AssertionError as error:
            fail("assertion-failed", failing_line(error) or text_of(error))
        except _WrongResult as error:
            fail("wrong-result", str(error))
        except _CandidateEnded:
            fail("exited-early", "the program ended during the tests")
        except _TestDataError as error:
            report("ERROR test-error " + str(error))
            exit_now(2)
        except MemoryError as error:
            fail("memory", text_of(error))
        except BaseException as error:
            line = failing_line(error)
            fail("runtime-error", text_of(error) + (" (at: " + line + ")" if line else ""))
    _flush()
    report("PASS")
    exit_now(0)


_checker()
`;
