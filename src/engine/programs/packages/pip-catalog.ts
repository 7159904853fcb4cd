/**
 * The offline package index for pip: pure-Python distributions with their wheel sizes and
 * requirements (PyPI, December 2025). The modules are small working stand-ins written for
 * this playground (importable by a real interpreter); the network is offline, so HTTP calls
 * raise ConnectionError with a clear message.
 */
export interface Wheel {
  /** Normalised project name (what `pip install` accepts, case-insensitively). */
  name: string
  /** Name as the distribution spells it (dist-info, "Successfully installed"). */
  dist: string
  version: string
  wheel: string
  /** Wheel and metadata sizes in bytes. */
  size: number
  metadata: number
  /** Requirement specifiers, as shown in "Collecting x<4,>=2 (from requests)". */
  requires: [name: string, spec: string][]
  summary: string
  /** Module files relative to site-packages. */
  modules: Record<string, string>
}

const py = (...rows: string[]) => rows.join('\n') + '\n'

const REQUESTS_INIT = py(
  '"""A small, offline stand-in for requests: same names, no network in this playground."""',
  '__title__ = "requests"',
  '__version__ = "2.32.5"',
  '',
  'from .exceptions import RequestException, ConnectionError, HTTPError, Timeout',
  'from .models import Response',
  'from .api import request, get, head, post, put, patch, delete',
  'from .sessions import Session, session',
  '',
  'codes = {"ok": 200, "created": 201, "not_found": 404}',
)
const REQUESTS_EXC = py(
  'class RequestException(IOError):',
  '    """Something went wrong while handling a request."""',
  '',
  'class ConnectionError(RequestException):',
  '    pass',
  '',
  'class HTTPError(RequestException):',
  '    pass',
  '',
  'class Timeout(RequestException):',
  '    pass',
)
const REQUESTS_MODELS = py(
  'import json as _json',
  'from .exceptions import HTTPError',
  '',
  'class Response:',
  '    def __init__(self, status_code=200, content=b"", headers=None, url=""):',
  '        self.status_code = status_code',
  '        self.content = content',
  '        self.headers = dict(headers or {})',
  '        self.url = url',
  '        self.encoding = "utf-8"',
  '',
  '    @property',
  '    def text(self):',
  '        return self.content.decode(self.encoding or "utf-8", errors="replace")',
  '',
  '    @property',
  '    def ok(self):',
  '        return self.status_code < 400',
  '',
  '    def json(self, **kwargs):',
  '        return _json.loads(self.text, **kwargs)',
  '',
  '    def raise_for_status(self):',
  '        if self.status_code >= 400:',
  '            raise HTTPError(f"{self.status_code} Error for url: {self.url}")',
  '',
  '    def __repr__(self):',
  '        return f"<Response [{self.status_code}]>"',
)
const REQUESTS_API = py(
  'from .sessions import Session',
  '',
  'def request(method, url, **kwargs):',
  '    with Session() as s:',
  '        return s.request(method, url, **kwargs)',
  '',
  'def get(url, params=None, **kwargs):',
  '    return request("GET", url, params=params, **kwargs)',
  '',
  'def head(url, **kwargs):',
  '    return request("HEAD", url, **kwargs)',
  '',
  'def post(url, data=None, json=None, **kwargs):',
  '    return request("POST", url, data=data, json=json, **kwargs)',
  '',
  'def put(url, data=None, **kwargs):',
  '    return request("PUT", url, data=data, **kwargs)',
  '',
  'def patch(url, data=None, **kwargs):',
  '    return request("PATCH", url, data=data, **kwargs)',
  '',
  'def delete(url, **kwargs):',
  '    return request("DELETE", url, **kwargs)',
)
const REQUESTS_SESSIONS = py(
  'from urllib.parse import urlsplit',
  'from .exceptions import ConnectionError',
  '',
  'class Session:',
  '    def __init__(self):',
  '        self.headers = {"User-Agent": "python-requests/2.32.5"}',
  '',
  '    def __enter__(self):',
  '        return self',
  '',
  '    def __exit__(self, *exc):',
  '        self.close()',
  '',
  '    def close(self):',
  '        pass',
  '',
  '    def request(self, method, url, **kwargs):',
  '        host = urlsplit(url).hostname or url',
  '        raise ConnectionError(',
  '            f"HTTPConnectionPool(host={host!r}): Max retries exceeded with url: {url} "',
  '            "(this playground has no network access from Python)"',
  '        )',
  '',
  '    def get(self, url, **kwargs):',
  '        return self.request("GET", url, **kwargs)',
  '',
  '    def post(self, url, **kwargs):',
  '        return self.request("POST", url, **kwargs)',
  '',
  'def session():',
  '    return Session()',
)

const WHEELS: Wheel[] = [
  {
    name: 'requests', dist: 'requests', version: '2.32.5', wheel: 'requests-2.32.5-py3-none-any.whl', size: 64_738, metadata: 4_900,
    requires: [['charset_normalizer', '<4,>=2'], ['idna', '<4,>=2.5'], ['urllib3', '<3,>=1.21.1'], ['certifi', '>=2017.4.17']],
    summary: 'Python HTTP for Humans.',
    modules: { 'requests/__init__.py': REQUESTS_INIT, 'requests/exceptions.py': REQUESTS_EXC, 'requests/models.py': REQUESTS_MODELS, 'requests/api.py': REQUESTS_API, 'requests/sessions.py': REQUESTS_SESSIONS },
  },
  {
    name: 'charset-normalizer', dist: 'charset_normalizer', version: '3.4.4', wheel: 'charset_normalizer-3.4.4-py3-none-any.whl', size: 53_047, metadata: 37_000, requires: [],
    summary: 'The Real First Universal Charset Detector. Open, modern and actively maintained alternative to Chardet.',
    modules: {
      'charset_normalizer/__init__.py': py(
        '"""Offline stand-in: tries UTF-8, then Latin-1."""',
        '__version__ = "3.4.4"',
        '',
        'def detect(data):',
        '    try:',
        '        data.decode("utf-8")',
        '        return {"encoding": "utf-8", "language": "", "confidence": 1.0}',
        '    except UnicodeDecodeError:',
        '        return {"encoding": "latin-1", "language": "", "confidence": 0.5}',
      ),
    },
  },
  {
    name: 'idna', dist: 'idna', version: '3.11', wheel: 'idna-3.11-py3-none-any.whl', size: 71_008, metadata: 8_400, requires: [],
    summary: 'Internationalized Domain Names in Applications (IDNA)',
    modules: {
      'idna/__init__.py': py(
        '"""Offline stand-in over the standard library\'s IDNA 2003 codec."""',
        '__version__ = "3.11"',
        '',
        'class IDNAError(UnicodeError):',
        '    pass',
        '',
        'def encode(s, **kwargs):',
        '    try:',
        '        return s.encode("idna")',
        '    except UnicodeError as e:',
        '        raise IDNAError(str(e))',
        '',
        'def decode(b, **kwargs):',
        '    if isinstance(b, str):',
        '        b = b.encode("ascii")',
        '    return b.decode("idna")',
      ),
    },
  },
  {
    name: 'urllib3', dist: 'urllib3', version: '2.6.2', wheel: 'urllib3-2.6.2-py3-none-any.whl', size: 131_182, metadata: 6_600, requires: [],
    summary: 'HTTP library with thread-safe connection pooling, file post, and more.',
    modules: {
      'urllib3/__init__.py': py(
        '"""Offline stand-in: the API names, no connections."""',
        '__version__ = "2.6.2"',
        '',
        'class HTTPError(Exception):',
        '    pass',
        '',
        'class PoolManager:',
        '    def __init__(self, num_pools=10, **kwargs):',
        '        self.num_pools = num_pools',
        '',
        '    def request(self, method, url, **kwargs):',
        '        raise HTTPError(f"cannot reach {url}: this playground has no network access from Python")',
      ),
    },
  },
  {
    name: 'certifi', dist: 'certifi', version: '2025.11.12', wheel: 'certifi-2025.11.12-py3-none-any.whl', size: 159_438, metadata: 2_500, requires: [],
    summary: 'Python package for providing Mozilla\'s CA Bundle.',
    modules: {
      'certifi/__init__.py': py('from .core import contents, where', '', '__all__ = ["contents", "where"]', '__version__ = "2025.11.12"'),
      'certifi/core.py': py('import os', '', 'def where():', '    return os.path.join(os.path.dirname(__file__), "cacert.pem")', '', 'def contents():', '    with open(where(), encoding="ascii") as f:', '        return f.read()'),
      'certifi/cacert.pem': '# (Mozilla CA bundle elided in this playground)\n',
    },
  },
  {
    name: 'six', dist: 'six', version: '1.17.0', wheel: 'six-1.17.0-py2.py3-none-any.whl', size: 11_050, metadata: 1_800, requires: [],
    summary: 'Python 2 and 3 compatibility utilities',
    modules: { 'six.py': py('"""Python 2 and 3 compatibility utilities (a small subset)."""', '__version__ = "1.17.0"', 'PY2 = False', 'PY3 = True', 'string_types = (str,)', 'integer_types = (int,)', 'text_type = str', 'binary_type = bytes', '', 'def iteritems(d, **kw):', '    return iter(d.items(**kw))') },
  },
]

export const PIP_INDEX: Map<string, Wheel> = new Map(WHEELS.map((w) => [w.name, w]))

/** PEP 503 normalisation: "Charset_Normalizer" → "charset-normalizer". */
export function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}
