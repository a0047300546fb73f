/**
 * The Python side of a `type: python` scorer: loads the user's file once, then answers one JSON line per JSON line on
 * stdin. The first line out says whether the function exists (`{"ready": true}` or `{"error": …}`); then each request
 * `{"id", "answer", "item", "options"}` gets `{"id", "result": …}` or `{"id", "error": traceback}`, in order. Anything the user's code
 * prints goes to stderr, so stdout carries the protocol alone. NumPy values a check returns (np.float32, np.int64,
 * np.bool_, arrays) go out as the numbers, booleans and lists they hold (their `tolist()`), as json cannot write them.
 * The file's folder leads `sys.path`, as when Python runs the file itself, so helpers beside it import.
 */
export const PYTHON_HARNESS = String.raw`
import importlib.util, json, os, sys, traceback
protocol = sys.stdout
sys.stdout = sys.stderr

def plain(value):
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

def send(message):
    protocol.write(json.dumps(message, ensure_ascii=False, allow_nan=False, default=plain) + "\n")
    protocol.flush()

path, name = sys.argv[1], sys.argv[2]
# As \`python check.py\` would: the file's own folder first on the path, so it imports the modules beside it.
sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
try:
    spec = importlib.util.spec_from_file_location("kurabe_user_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    function = getattr(module, name, None)
    if not callable(function):
        found = "nothing" if function is None else type(function).__name__
        send({"error": f"{path} defines {found} named {name!r}; expected def {name}(answer, item, options) returning a score in [0, 1]"})
        sys.exit(0)
except BaseException:
    send({"error": f"{path} does not load: " + traceback.format_exc(limit=-3).strip()})
    sys.exit(0)
send({"ready": True})

for line in sys.stdin:
    request = json.loads(line)
    try:
        result = function(request["answer"], request["item"], request["options"])
        send({"id": request["id"], "result": result})
    except Exception:
        send({"id": request["id"], "error": traceback.format_exc(limit=-3).strip()})
`;
