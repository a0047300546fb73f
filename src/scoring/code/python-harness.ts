/**
 * The Python harness (`/box/harness.py`): reads the payload from stdin (see harness-payload.ts), runs the program,
 * then the tests, and reports on fd 3. Defences against programs that fake a pass (sandbox.md):
 * - the completion marker (`PASS <nonce>`) is written only after the last test, with the nonce read from stdin
 *   before the program runs, so exiting 0 early (sys.exit, os._exit, atexit tricks) is a failure;
 * - the harness exits with its own captured os._exit, so an overridden sys.exit or atexit hook changes nothing;
 * - the harness and the tests run with copies of the builtins taken before the program ran (replacing
 *   builtins.exec or isinstance changes nothing), and assert is a statement the program cannot replace; failures are read from the harness's own try/except, not from stderr (which may be silenced);
 * - a result that compares equal to a fresh object (an `__eq__` that is always true) is refused.
 * A program that walks the interpreter's frames can still find the nonce: the sandbox contains it either way, and
 * no known model output does this by accident.
 */
export const PYTHON_HARNESS = String.raw`import builtins
import os
import sys


def _kurabe_harness():
    write = os.write
    exit_now = os._exit
    stdout, stderr = sys.stdout, sys.stderr

    def report(line):
        try:
            write(3, (line.replace("\n", "\\n") + "\n").encode("utf-8", "replace"))
        except BaseException:
            pass

    report("START")
    chunks = []
    while True:
        chunk = os.read(0, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    data = b"".join(chunks)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    position = 0

    def next_line():
        nonlocal position
        end = data.index(b"\n", position)
        text = data[position:end].decode("utf-8")
        position = end + 1
        return text

    assert next_line() == "KURABE1"
    nonce = next_line()
    entry = next_line()
    guard_results = next_line() == "1"
    sections = []
    for _ in range(int(next_line())):
        name = next_line()
        size = int(next_line())
        sections.append((name, data[position:position + size].decode("utf-8")))
        position += size
    del data, chunks
    pristine_builtins = dict(vars(builtins))
    BaseError = BaseException

    class KurabeWrongResult(BaseException):
        pass

    def flush():
        for stream in (stdout, stderr):
            try:
                stream.flush()
            except BaseError:
                pass

    def fail(outcome, detail):
        flush()
        report("FAIL " + outcome + " " + detail[:2000])
        exit_now(1)

    def text_of(error):
        try:
            name = type(error).__name__
        except BaseError:
            name = "exception"
        try:
            message = str(error)
        except BaseError:
            message = ""
        return name + (": " + message if message else "")

    def outcome_of(error):
        if isinstance(error, MemoryError):
            return "memory"
        if isinstance(error, SystemExit):
            return "exited-early"
        return "runtime-error"

    test_sources = dict(sections[1:])

    def failing_line(error):
        # The innermost frame in a test snippet: for HumanEval that is the assert inside check(), not check(f).
        try:
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
        except BaseError:
            return ""

    program = sections[0][1]
    try:
        code = compile(program, "program.py", "exec")
    except (SyntaxError, ValueError) as error:
        line = getattr(error, "lineno", None)
        fail("syntax-error", ("line %s: " % line if line else "") + text_of(error))
    except BaseError as error:
        fail(outcome_of(error), text_of(error))
    namespace = {"__name__": "__kurabe_program__", "__builtins__": builtins}
    try:
        exec(code, namespace)
    except BaseError as error:
        if isinstance(error, SystemExit):
            fail("exited-early", "the program called sys.exit() before the tests")
        fail(outcome_of(error), "the program raised " + text_of(error))

    class Fresh:
        pass

    def compares_equal_to_anything(value):
        stack = [value]
        seen = set()
        plain = (int, float, complex, str, bytes, bool, type(None))
        while stack:
            item = stack.pop()
            kind = type(item)
            if kind in plain:
                continue
            if id(item) in seen:
                continue
            seen.add(id(item))
            if kind not in (list, tuple, dict, set, frozenset):
                fresh = Fresh()
                if item == fresh or not (item != fresh):
                    return kind
            if isinstance(item, dict):
                for key, inner in dict.items(item):
                    stack.append(key)
                    stack.append(inner)
            elif isinstance(item, (list, tuple)):
                stack.extend(list.__iter__(item) if isinstance(item, list) else tuple.__iter__(item))
            elif isinstance(item, (set, frozenset)):
                stack.extend(set.__iter__(item) if isinstance(item, set) else frozenset.__iter__(item))
        return None

    def guarded(function):
        def call(*args, **kwargs):
            result = function(*args, **kwargs)
            kind = compares_equal_to_anything(result)
            if kind is not None:
                raise KurabeWrongResult("%s returned a %s that compares equal to anything" % (entry, kind.__name__))
            return result
        return call

    if entry not in namespace:
        fail("runtime-error", "the program does not define " + entry)
    test_globals = dict(namespace)
    test_globals["__builtins__"] = dict(pristine_builtins)
    test_globals["__name__"] = "__kurabe_tests__"
    if guard_results and callable(namespace[entry]):
        test_globals[entry] = guarded(namespace[entry])
    for name, source in sections[1:]:
        try:
            code = compile(source, name, "exec")
        except BaseError as error:
            fail("test-error", name + ": " + text_of(error))
        try:
            exec(code, test_globals)
        except AssertionError as error:
            fail("assertion-failed", failing_line(error) or text_of(error))
        except KurabeWrongResult as error:
            fail("wrong-result", str(error))
        except BaseError as error:
            if isinstance(error, SystemExit):
                fail("exited-early", "sys.exit() was called during the tests")
            line = failing_line(error)
            fail(outcome_of(error), text_of(error) + (" (at: " + line + ")" if line else ""))
    flush()
    report("PASS " + nonce)
    exit_now(0)


# Run the harness with a snapshot of the builtins as its globals: a program that replaces builtins.exec,
# isinstance or str cannot change what the harness calls.
type(_kurabe_harness)(
    _kurabe_harness.__code__,
    {"__builtins__": dict(vars(builtins)), "__name__": "__kurabe_harness__", "builtins": builtins, "os": os, "sys": sys},
)()
`;
