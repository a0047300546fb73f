/**
 * The zygote (`/box/zygote.py`, run by `python3 -S -I -B` as pid 1 of a hardened bubblewrap sandbox; see zygote.ts):
 * starts one program at a time inside the sandbox it already is, so a run costs a fork and an exec instead of a new
 * set of namespaces. Between runs it leaves nothing of one run for the next: every other process of the namespace is
 * SIGKILLed and reaped (as the namespace's init it is the parent of every orphan and cannot itself be signalled from
 * inside), the work folder and /dev/shm are emptied, SysV IPC objects removed, the user keyrings cleared; each run
 * gets a fresh session keyring, its own session, its rlimits (RLIMIT_MSGQUEUE 0: no POSIX queue outlives it) and
 * freshly written files. The zygote is not dumpable, so a run can neither read nor write its memory nor open its file
 * descriptors through /proc. It refuses to start unless it is pid 1: kill(-1) is only safe inside a pid namespace.
 *
 * Frames both ways: 1 byte kind, 4 bytes big-endian length, payload. kurabe → zygote: `R` JSON request {files, argv,
 * env, limits, report, link}; `S` stdin bytes, `s` end of stdin; `L` link bytes, `l` end of link; `K` kill the run.
 * zygote → kurabe: `D` ready for a run; `P` the program started; `Z` it could not be started (message); `O`/`E`/`F`
 * stdout/stderr/report bytes; `L` link bytes, `l` end of link; `X` JSON {code} once the run and everything it started
 * are gone and its output is drained (code: the exit status, 128 + N after signal N, as bwrap reports it).
 */
export const ZYGOTE_PROGRAM = String.raw`import ctypes, fcntl, json, os, resource, select, shutil, signal, socket, struct, sys

WORK = "/box"
SHM = "/dev/shm"
IN, OUT = 0, 1
LIMITS = {"as": resource.RLIMIT_AS, "cpu": resource.RLIMIT_CPU, "fsize": resource.RLIMIT_FSIZE,
          "nproc": resource.RLIMIT_NPROC, "nofile": resource.RLIMIT_NOFILE, "core": resource.RLIMIT_CORE,
          "msgqueue": resource.RLIMIT_MSGQUEUE}
libc = ctypes.CDLL(None, use_errno=True)
SYS_KEYCTL = {"x86_64": 250, "aarch64": 219}.get(os.uname().machine)

def fail(message):
    sys.stderr.write("zygote: " + message + "\n")
    os._exit(70)

if os.getpid() != 1:
    fail("not pid 1 of a pid namespace")
# PR_SET_DUMPABLE 0: /proc/1/mem, /proc/1/fd and ptrace are closed to the runs (same uid, no capabilities).
if libc.prctl(4, 0, 0, 0, 0) != 0:
    fail("prctl(PR_SET_DUMPABLE) failed")
signal.signal(signal.SIGINT, signal.SIG_DFL)

def send(kind, payload=b""):
    view = memoryview(kind + struct.pack(">I", len(payload)) + payload)
    while view:
        view = view[os.write(OUT, view):]

inbox = bytearray()

def receive():
    """Reads what kurabe sent. End of input: kurabe is gone, and so is everything here."""
    chunk = os.read(IN, 1 << 16)
    if not chunk:
        kill_all({})
        os._exit(0)
    inbox.extend(chunk)

def next_frame():
    if len(inbox) < 5:
        return None
    size = struct.unpack(">I", inbox[1:5])[0]
    if len(inbox) < 5 + size:
        return None
    frame = bytes(inbox[0:1]), bytes(inbox[5:5 + size])
    del inbox[:5 + size]
    return frame

def kill_all(reaped):
    """SIGKILLs and reaps every process of the namespace but this one."""
    while True:
        try:
            os.kill(-1, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            while True:
                pid, status = os.waitpid(-1, 0)
                reaped[pid] = status
        except ChildProcessError:
            pass
        if not any(entry.isdigit() and entry != "1" for entry in os.listdir("/proc")):
            return

def remove_ipc():
    for kind, remove in (("shm", lambda i: libc.shmctl(i, 0, None)), ("msg", lambda i: libc.msgctl(i, 0, None)),
                         ("sem", lambda i: libc.semctl(i, 0, 0))):
        with open("/proc/sysvipc/" + kind) as listing:
            for line in listing.readlines()[1:]:
                fields = line.split()
                if len(fields) > 1 and remove(int(fields[1])) != 0:
                    fail("cannot remove SysV %s %s" % (kind, fields[1]))

def unlock(path):
    os.chmod(path, 0o700)
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            unlock(entry.path)

def wipe():
    """Empties the writable folders. Anything unexpected (too deep to unlock, say) ends the zygote: kurabe starts another."""
    for top in (WORK, SHM):
        os.chmod(top, 0o1777)
        for entry in os.scandir(top):
            if entry.is_dir(follow_symlinks=False):
                unlock(entry.path)
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        if os.listdir(top):
            fail("cannot empty " + top)
    remove_ipc()
    if SYS_KEYCTL is not None:
        for keyring in (-4, -5):  # KEYCTL_CLEAR the user and user-session keyrings
            libc.syscall(SYS_KEYCTL, 7, keyring)

def start(request):
    for name, content in request["files"].items():
        fd = os.open(os.path.join(WORK, name), os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o444)
        with os.fdopen(fd, "wb") as out:
            out.write(content.encode())
    ours, theirs = [], []
    for _ in range(3):
        read_end, write_end = os.pipe()
        ours.append(read_end)
        theirs.append(write_end)
    ours[0], theirs[0] = theirs[0], ours[0]  # stdin: the zygote writes, the program reads
    if request["report"]:
        read_end, write_end = os.pipe()
        ours.append(read_end)
        theirs.append(write_end)
    link = None
    if request["link"]:
        link, other = socket.socketpair()
        ours.append(link.fileno())
        theirs.append(other.detach())
    error_read, error_write = os.pipe()
    pid = os.fork()
    if pid == 0:
        error = error_write
        try:
            error = fcntl.fcntl(error_write, fcntl.F_DUPFD_CLOEXEC, 100)
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 100) for fd in theirs]
            for target, fd in enumerate(high):
                os.dup2(fd, target, inheritable=True)
            os.closerange(len(high), error)
            os.closerange(error + 1, 1 << 16)
            # Python ignores these; an exec keeps ignored signals, and a program run bare would not have them ignored.
            for number in (signal.SIGPIPE, signal.SIGXFSZ):
                signal.signal(number, signal.SIG_DFL)
            os.setsid()
            if SYS_KEYCTL is not None:
                libc.syscall(SYS_KEYCTL, 1, None)  # KEYCTL_JOIN_SESSION_KEYRING: a fresh anonymous one
            os.chdir(WORK)
            for name, value in request["limits"].items():
                resource.setrlimit(LIMITS[name], (value, value))
            os.execve(request["argv"][0], request["argv"], request["env"])
        except BaseException as failure:
            os.write(error, repr(failure).encode()[:2000])
        finally:
            os._exit(127)
    os.close(error_write)
    for fd in theirs:
        os.close(fd)
    message = b""
    while True:
        chunk = os.read(error_read, 4096)
        if not chunk:
            break
        message += chunk
    os.close(error_read)
    return pid, ours, link, message

def run(request):
    pid, ours, link, message = start(request)
    reaped = {}
    if message:
        send(b"Z", message)
        kill_all(reaped)
        for fd in ours:
            os.close(fd)
        return
    send(b"P")
    child_stdin = ours[0]
    os.set_blocking(child_stdin, False)
    readers = {ours[1]: b"O", ours[2]: b"E"}
    if request["report"]:
        readers[ours[3]] = b"F"
    if link is not None:
        readers[link.fileno()] = b"L"
        link.setblocking(False)
    pending = {child_stdin: bytearray()}
    ended = set()  # kurabe's end of stdin / link has come
    if link is not None:
        pending[link.fileno()] = bytearray()
    exited = os.pidfd_open(pid)

    def flush(fd):
        buffer = pending[fd]
        try:
            while buffer:
                del buffer[:os.write(fd, buffer)]
        except BlockingIOError:
            return
        except OSError:
            buffer.clear()
        if fd in ended:
            del pending[fd]
            if fd == child_stdin:
                os.close(fd)
            else:
                try:
                    link.shutdown(socket.SHUT_WR)
                except OSError:
                    pass

    def handle(kind, payload):
        if kind == b"K":
            kill_all(reaped)
            return
        target = child_stdin if kind in (b"S", b"s") else link.fileno() if link is not None else None
        if target in pending:
            pending[target].extend(payload)
            if kind in (b"s", b"l"):
                ended.add(target)
            flush(target)

    while pid not in reaped:
        frame = next_frame()
        if frame is not None:
            handle(*frame)
            continue
        writers = [fd for fd, buffer in pending.items() if buffer]
        readable, writable, _ = select.select([IN, exited] + list(readers), writers, [], 0.1)
        for fd in writable:
            if fd in pending:
                flush(fd)
        for fd in readable:
            if fd == IN:
                receive()
            elif fd in readers:
                try:
                    data = os.read(fd, 1 << 16)
                except BlockingIOError:
                    continue
                if data:
                    send(readers[fd], data)
                elif readers.pop(fd) == b"L":
                    send(b"l")
        try:
            while True:
                child, status = os.waitpid(-1, os.WNOHANG)
                if child == 0:
                    break
                reaped[child] = status
        except ChildProcessError:
            pass
    # As when a pid namespace's init ends: everything the program started ends with it.
    kill_all(reaped)
    for fd, kind in readers.items():
        os.set_blocking(fd, True)
        while True:
            data = os.read(fd, 1 << 16)
            if not data:
                break
            send(kind, data)
        if kind == b"L":
            send(b"l")
    os.close(exited)
    for fd in ours:
        try:
            os.close(fd)
        except OSError:
            pass
    code = os.waitstatus_to_exitcode(reaped[pid])
    send(b"X", json.dumps({"code": 128 - code if code < 0 else code}).encode())

os.chdir("/")
wipe()
send(b"D")
while True:
    frame = next_frame()
    if frame is None:
        receive()
    elif frame[0] == b"R":
        run(json.loads(frame[1]))
        wipe()
        send(b"D")
`;
