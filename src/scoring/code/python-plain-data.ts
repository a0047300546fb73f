/**
 * Python source shared by the checker and the candidate harness: how they read their input, and how values cross
 * the link between them. Only plain
 * data crosses: JSON's own values, and tagged lists for what JSON lacks (`{"$": "tuple", "v": [...]}`; also set,
 * frozenset, dict with any keys, bytes, complex, range, iterators as lists, and non-finite floats). The decoder, which
 * runs in the checker, builds exact built-in types only: nothing the candidate defines (an `__eq__` that is always
 * true, an int subclass) can reach the tests.
 */
export const PYTHON_PLAIN_DATA = String.raw`
class NotPlainData(Exception):
    pass


_INFINITY = float("inf")
_MAX_DEPTH = 200
_MAX_ITEMS = 1000000


def _encode(value, depth=0):
    if depth > _MAX_DEPTH:
        raise NotPlainData("a value nested more than %d levels deep" % _MAX_DEPTH)
    kind = type(value)
    if value is None or kind is bool or kind is str or kind is int:
        return value
    if kind is float:
        if value != value or value == _INFINITY or value == -_INFINITY:
            return {"$": "float", "v": repr(value)}
        return value
    inner = depth + 1
    if kind is list:
        return [_encode(item, inner) for item in value]
    if kind is tuple:
        return {"$": "tuple", "v": [_encode(item, inner) for item in value]}
    if kind is dict:
        return {"$": "dict", "v": [[_encode(key, inner), _encode(item, inner)] for key, item in value.items()]}
    if kind is set or kind is frozenset:
        return {"$": kind.__name__, "v": [_encode(item, inner) for item in value]}
    if kind is bytes or kind is bytearray:
        return {"$": "bytes", "v": bytes(value).decode("latin-1")}
    if kind is complex:
        return {"$": "complex", "v": [_encode(value.real, inner), _encode(value.imag, inner)]}
    if kind is range:
        return {"$": "range", "v": [value.start, value.stop, value.step]}
    # Subclasses of plain types (namedtuple, Counter, OrderedDict, IntEnum) cross as their base type.
    if isinstance(value, int):
        return int.__index__(value)
    if isinstance(value, float):
        return _encode(float.__float__(value), depth)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, tuple):
        return _encode(tuple(tuple.__iter__(value)), depth)
    if isinstance(value, list):
        return _encode(list(list.__iter__(value)), depth)
    if isinstance(value, dict):
        return _encode(dict(dict.items(value)), depth)
    if isinstance(value, (set, frozenset)):
        return _encode(set(value), depth)
    if hasattr(type(value), "__next__"):
        items = []
        for item in value:
            items.append(_encode(item, inner))
            if len(items) > _MAX_ITEMS:
                raise NotPlainData("an iterator of more than %d items" % _MAX_ITEMS)
        return {"$": "iter", "v": items}
    raise NotPlainData("a %s, which is not plain data" % type(value).__name__)


def _decode(value, depth=0):
    if depth > _MAX_DEPTH:
        raise NotPlainData("a value nested too deep")
    kind = type(value)
    if value is None or kind is bool or kind is int or kind is float or kind is str:
        return value
    inner = depth + 1
    if kind is list:
        return [_decode(item, inner) for item in value]
    if kind is not dict or type(value.get("$")) is not str or type(value.get("v")) not in (list, str):
        raise NotPlainData("an unknown value")
    tag, data = value["$"], value["v"]
    if tag == "float" and data in ("nan", "inf", "-inf"):
        return float(data)
    if tag == "bytes" and type(data) is str:
        return data.encode("latin-1")
    if type(data) is not list:
        raise NotPlainData("an unknown value")
    if tag == "tuple":
        return tuple(_decode(item, inner) for item in data)
    if tag == "iter":
        return iter([_decode(item, inner) for item in data])
    if tag == "set":
        return set(_decode(item, inner) for item in data)
    if tag == "frozenset":
        return frozenset(_decode(item, inner) for item in data)
    if tag == "dict":
        result = {}
        for pair in data:
            if type(pair) is not list or len(pair) != 2:
                raise NotPlainData("a malformed dict")
            result[_decode(pair[0], inner)] = _decode(pair[1], inner)
        return result
    if tag == "complex" and len(data) == 2:
        return complex(_decode(data[0], inner), _decode(data[1], inner))
    if tag == "range" and len(data) == 3 and all(type(item) is int for item in data):
        return range(data[0], data[1], data[2])
    raise NotPlainData("an unknown value")


def _read_stdin():
    """All of stdin (the harness's input); then stdin reads from /dev/null."""
    chunks = []
    while True:
        chunk = os.read(0, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    return b"".join(chunks)


def _flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass


class _Link:
    """Newline-delimited JSON over a socket fd; a message longer than the cap is refused."""

    def __init__(self, fd, cap):
        self.fd = fd
        self.cap = cap
        self.buffer = b""

    def send(self, message):
        data = (_json.dumps(message, separators=(",", ":")) + "\n").encode("ascii")
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]

    def receive(self):
        """The next message, or None at end-of-file."""
        while True:
            end = self.buffer.find(b"\n")
            if end >= 0:
                line, self.buffer = self.buffer[:end], self.buffer[end + 1:]
                return _json.loads(line)
            if len(self.buffer) > self.cap:
                raise NotPlainData("a message of more than %d bytes" % self.cap)
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                return None
            self.buffer += chunk
`;
