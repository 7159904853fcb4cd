/** The CPython inside the pyodide package we ship (314.0.7), for `python --version` before it loads. */
export const PYODIDE_PYTHON_VERSION = '3.14.2'
