/**
 * The Python half of the host: sessions (one per container process) over one interpreter.
 * Each session has its own `__main__` namespace, argv, environ, cwd and hostname; they are
 * swapped in around every call, so one interpreter can serve several processes in turn
 * (the headless runner shares one per Node process; a browser worker serves one).
 * Calls take and return JSON so no proxies outlive a call.
 */
export const DRIVER_PY = String.raw`
import builtins, code, io, json, os, platform, socket, sys, traceback, types

class _Out(io.TextIOBase):
    def __init__(self, fn, name, tty):
        self._fn, self._name, self._tty = fn, name, tty
    @property
    def name(self): return self._name
    @property
    def encoding(self): return "utf-8"
    @property
    def errors(self): return "strict"
    def writable(self): return True
    def isatty(self): return self._tty
    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if s:
            self._fn(s)
        return len(s)

class _In(io.TextIOBase):
    """Piped stdin, read ahead by the engine; on a terminal there is nothing to block on."""
    def __init__(self, text, tty):
        self._text, self._tty = text, tty
    @property
    def name(self): return "<stdin>"
    @property
    def encoding(self): return "utf-8"
    def readable(self): return True
    def isatty(self): return self._tty
    def _need(self):
        if self._text is None:
            raise OSError(5, "input from the terminal is not available to Python in this playground; pipe it instead, e.g. echo 42 | docker run -i python python3 script.py")
    def read(self, size=-1):
        self._need()
        size = len(self._text) if size is None or size < 0 else size
        out, self._text = self._text[:size], self._text[size:]
        return out
    def readline(self, size=-1):
        self._need()
        i = self._text.find("\n")
        end = len(self._text) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, size)
        out, self._text = self._text[:end], self._text[end:]
        return out

_base_path = [p for p in sys.path if p != ""]
_sessions = {}
_current = None
_real_uname = os.uname

def _hostname():
    return _current.hostname if _current else "localhost"

socket.gethostname = _hostname
platform.node = _hostname
def _uname():
    u = _real_uname()
    return os.uname_result((u.sysname, _hostname(), u.release, u.version, u.machine))
os.uname = _uname

class _Session:
    def __init__(self, spec, out, err):
        self.argv = spec["argv"]
        self.env = dict(spec["env"])
        self.cwd = spec["cwd"]
        self.hostname = spec["hostname"]
        tty = spec["tty"]
        self.stdout = _Out(out, "<stdout>", tty)
        self.stderr = _Out(err, "<stderr>", tty)
        self.stdin = _In(spec.get("stdin"), tty)
        self.main = types.ModuleType("__main__")
        self.main.__dict__["__builtins__"] = builtins
        self.console = code.InteractiveConsole(self.main.__dict__, filename="<stdin>")
        self.path0 = ""

def _enter(s):
    global _current
    if _current is not s:
        # Modules imported from a container's files belong to that container.
        for name, m in list(sys.modules.items()):
            f = getattr(m, "__file__", None)
            if f and not f.startswith("/lib/"):
                del sys.modules[name]
    _current = s
    sys.argv = list(s.argv)
    sys.path[:] = [s.path0] + _base_path
    os.environ.clear()
    os.environ.update(s.env)
    try:
        os.chdir(s.cwd)
    except OSError:
        os.chdir("/")
    sys.stdin, sys.stdout, sys.stderr = s.stdin, s.stdout, s.stderr
    sys.modules["__main__"] = s.main

def _leave(s):
    s.env = dict(os.environ)
    s.cwd = os.getcwd()
    s.argv = list(sys.argv)

def _exit_status(e):
    # CPython's handle_system_exit: None → 0, an int → itself, anything else is printed → 1.
    c = e.code
    if c is None:
        return 0
    if isinstance(c, int):
        return c & 0xFF
    try:
        print(c, file=sys.stderr)
    except Exception:
        pass
    return 1

def open_session(sid, spec_json, out, err):
    _sessions[sid] = _Session(json.loads(spec_json), out, err)

def close_session(sid):
    global _current
    s = _sessions.pop(sid, None)
    if s is _current:
        _current = None

def push(sid, source):
    s = _sessions[sid]
    _enter(s)
    try:
        more = s.console.runsource(source, "<stdin>")
        return json.dumps({"exit": None, "more": bool(more)})
    except SystemExit as e:
        return json.dumps({"exit": _exit_status(e), "more": False})
    finally:
        _flush()
        _leave(s)

def run(sid, source, filename):
    s = _sessions[sid]
    if not filename.startswith("<"):
        s.path0 = os.path.dirname(filename)
        s.main.__dict__["__file__"] = filename
    _enter(s)
    try:
        try:
            c = compile(source, filename, "exec")
        except SyntaxError as e:
            # No "Traceback" header for a script that does not compile, as in CPython.
            sys.stderr.write("".join(traceback.format_exception_only(type(e), e)))
            return json.dumps({"exit": 1, "more": False})
        exec(c, s.main.__dict__)
        return json.dumps({"exit": 0, "more": False})
    except SystemExit as e:
        return json.dumps({"exit": _exit_status(e), "more": False})
    except BaseException as e:
        tb = e.__traceback__.tb_next if e.__traceback__ else None
        sys.stderr.write("".join(traceback.format_exception(type(e), e, tb)))
        # An uncaught KeyboardInterrupt ends the process as SIGINT would: 128 + 2.
        return json.dumps({"exit": 130 if isinstance(e, KeyboardInterrupt) else 1, "more": False})
    finally:
        _flush()
        _leave(s)

def _flush():
    for f in (sys.stdout, sys.stderr):
        try:
            f.flush()
        except Exception:
            pass

_wharf_api = {"open": open_session, "close": close_session, "push": push, "run": run}
`

/**
 * User code gets no door to the JavaScript side (where fetch and friends would be): Pyodide's
 * finder for `js`/`pyodide_js` leaves sys.meta_path, the bridge modules leave sys.modules
 * (Pyodide's own code keeps its references) and a finder refuses to import them again. The
 * finder is compiled as importlib's own code so CPython strips its frame from the traceback
 * (`remove_importlib_frames` in Python/import.c), and the error reads as for a missing module.
 */
export const SANDBOX_PY = String.raw`
import sys as _sys
_sys.meta_path[:] = [f for f in _sys.meta_path if type(f).__name__ != "JsFinder"]
exec(compile("""
class _WharfDeny:
    _names = ("js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core", "pyodide_http", "micropip")
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in self._names:
            raise ModuleNotFoundError(f"No module named '{name}'", name=name)
        return None
""", "<frozen importlib._bootstrap>", "exec"))
for _n in list(_sys.modules):
    if _n.split(".")[0] in _WharfDeny._names:
        del _sys.modules[_n]
_sys.meta_path.insert(0, _WharfDeny())
del _n, _sys, _WharfDeny
`
