"""Textual's private names (``_x``) appear nowhere in tui/ or tests/ but tui/textual_compat.py
and its own tests (tests/tui/test_textual_compat.py), where each use says why it is needed
and a test fails when an upgrade of Textual changes it.

What counts as touching a private name of Textual's, read from the source (ast), not by eye:
- importing a module of Textual's whose dotted name has a part starting with ``_``
  (``textual._context``, ``textual.widgets._toast``), or a name starting with ``_`` from any
  module of Textual's (``from textual.app import _character_to_key``);
- in a class deriving from a Textual class: defining (overriding) a method or class attribute,
  or using ``self._x`` / ``super()._x`` / ``cls._x``, where ``_x`` is a name the Textual
  classes it derives from define (on the class, or set on ``self`` in their source);
- anywhere else, ``something._x`` (or ``getattr(something, "_x")``) where ``_x`` is a name
  Textual's source defines and hyoka does not define itself outside a Textual class;
- a string naming a private path of Textual's (``"textual.app._x"``), as ``monkeypatch`` takes.
"""

from __future__ import annotations

import ast
import functools
import importlib
from collections.abc import Iterator
from pathlib import Path

import textual

from tests.conftest import ROOT

ALLOWED = {"tui/textual_compat.py", "tests/tui/test_textual_compat.py"}
SCANNED = ("tui", "tests")
# Python's own names with an underscore, public all the same: os._exit, a namedtuple's methods
PYTHON_PUBLIC = {"_exit", "_replace", "_asdict", "_fields", "_make", "_field_defaults"}


def _private(name: str) -> bool:
    return len(name) > 1 and name.startswith("_") and not name.startswith("__")


Source = tuple[str, ast.Module, dict[str, object]]  # a file, its tree, its namespace


def _sources(*folders: str) -> Iterator[Source]:
    for folder in folders:
        yield from _folder(folder)


@functools.cache
def _folder(folder: str) -> list[Source]:
    found: list[Source] = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), relative)
        name = relative.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        namespace = {} if folder == "models" else vars(importlib.import_module(name))
        found.append((relative, tree, namespace))
    return found


@functools.cache
def _textual_index() -> tuple[frozenset[str], dict[tuple[str, str], frozenset[str]]]:
    """Every private name Textual's source defines or uses as an attribute; and for each of
    its classes (module, name), the private names its methods set on ``self``."""
    names: set[str] = set()
    stores: dict[tuple[str, str], frozenset[str]] = {}
    package = Path(textual.__file__).parent
    for path in package.rglob("*.py"):
        parts = path.relative_to(package.parent).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Attribute):
                names.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            if isinstance(node, ast.ClassDef):
                stores[module, node.name] = frozenset(
                    item.attr
                    for item in ast.walk(node)
                    if isinstance(item, ast.Attribute)
                    and isinstance(item.ctx, ast.Store)
                    and isinstance(item.value, ast.Name)
                    and item.value.id == "self"
                    and _private(item.attr)
                )
    return frozenset(n for n in names if _private(n) and n not in PYTHON_PUBLIC), stores


@functools.cache
def _class_names(cls: type) -> frozenset[str]:
    """The private names a Textual class and its ancestors define: on the class, or on
    ``self`` in their source."""
    stores = _textual_index()[1]
    names = {n for n in dir(cls) if _private(n)}
    for ancestor in cls.__mro__:
        names |= stores.get((ancestor.__module__, ancestor.__name__), frozenset())
    return frozenset(names)


def _is_textual(cls: type) -> bool:
    return any(c.__module__.split(".")[0] == "textual" for c in cls.__mro__)


def _local_imports(tree: ast.Module) -> dict[str, object]:
    """The names imported inside functions (absent from the module's namespace)."""
    found: dict[str, object] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                try:
                    module = importlib.import_module(node.module)
                    found[alias.asname or alias.name] = getattr(module, alias.name)
                except (ImportError, AttributeError):
                    continue
    return found


def _textual_bases(source: Source) -> dict[ast.ClassDef, list[type]]:
    """For each class of the file, the Textual classes among its bases (resolved in the
    module's namespace, or to a class defined earlier in the file)."""
    relative, tree, module_namespace = source
    namespace = {**_local_imports(tree), **module_namespace}
    local: dict[str, list[type]] = {}
    found: dict[ast.ClassDef, list[type]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        bases: list[type] = []
        for base in node.bases:
            expr = base.value if isinstance(base, ast.Subscript) else base
            if isinstance(expr, ast.Name) and expr.id in local:
                bases += local[expr.id]
                continue
            try:
                code = compile(ast.Expression(expr), relative, "eval")
                value = eval(code, dict(namespace))
            except Exception as error:  # a base the check cannot see: say so, never skip it
                where = f"{relative}:{node.lineno}"
                raise AssertionError(f"{where}: cannot resolve base {ast.unparse(expr)}") from error
            if isinstance(value, type) and _is_textual(value):
                bases.append(value)
        local[node.name] = found[node] = bases
    return found


def _hyoka_own() -> frozenset[str]:
    """Private names hyoka defines itself, outside classes deriving from Textual's."""
    names: set[str] = set()
    for source in _sources("models", *SCANNED):
        relative, tree, _namespace = source
        classes = {} if relative.startswith("models") else _textual_bases(source)
        textual_nodes: set[int] = set()
        for cls, bases in classes.items():
            if bases:
                textual_nodes |= {id(n) for n in ast.walk(cls)}
        for node in ast.walk(tree):
            if id(node) in textual_nodes:
                continue
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                names.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
    return frozenset(n for n in names if _private(n))


def _on_self(node: ast.Attribute) -> bool:
    value = node.value
    if isinstance(value, ast.Name):
        return value.id in ("self", "cls")
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id == "super"
    )


def _attribute_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Attribute):
        return node.attr
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("getattr", "setattr", "hasattr", "delattr")
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Constant)
        and isinstance(node.args[1].value, str)
    ):
        return node.args[1].value
    return None


def _imports(node: ast.AST) -> Iterator[str]:
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name.split(".")[0] == "textual":
                if any(_private(part) for part in alias.name.split(".")):
                    yield f"import {alias.name}"
    elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "textual":
        module = node.module or ""
        if any(_private(part) for part in module.split(".")):
            yield f"from {module} import …"
        for alias in node.names:
            if _private(alias.name):
                yield f"from {module} import {alias.name}"


def _private_path(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    parts = node.value.split(".")
    return len(parts) > 1 and parts[0] == "textual" and any(_private(p) for p in parts)


def private_uses(sources: Iterator[Source]) -> list[str]:
    """Each use of a private name of Textual's in ``sources`` outside the allowed files."""
    textual_names, own = _textual_index()[0], _hyoka_own()
    uses: list[str] = []
    for source in sources:
        relative, tree, _namespace = source
        if relative in ALLOWED:
            continue
        where: dict[int, frozenset[str]] = {}  # node → the private names of its Textual class
        for cls, bases in _textual_bases(source).items():
            if not bases:
                continue
            names = frozenset().union(*(_class_names(b) for b in bases))
            for item in cls.body:  # overrides and class attributes
                defined: list[str] = []
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    defined = [item.name]
                elif isinstance(item, ast.Assign):
                    defined = [t.id for t in item.targets if isinstance(t, ast.Name)]
                elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    defined = [item.target.id]
                uses += [f"{relative}:{item.lineno}: defines {n}" for n in defined if n in names]
            for node in ast.walk(cls):
                where[id(node)] = names
        for node in ast.walk(tree):
            uses += [f"{relative}:{node.lineno}: {text}" for text in _imports(node)]  # type: ignore[attr-defined]
            if _private_path(node):
                uses.append(f"{relative}:{node.lineno}: names {node.value}")  # type: ignore[attr-defined]
            name = _attribute_name(node)
            if name is None or not _private(name):
                continue
            if isinstance(node, ast.Attribute) and _on_self(node) and id(node) in where:
                if name in where[id(node)]:
                    uses.append(f"{relative}:{node.lineno}: self.{name}")
            elif name in textual_names and name not in own:
                uses.append(f"{relative}:{node.lineno}: .{name}")  # type: ignore[attr-defined]
    return sorted(set(uses))


def test_no_private_textual_outside_the_compat_module() -> None:
    uses = private_uses(_sources(*SCANNED))
    assert not uses, "move these into tui/textual_compat.py (with a reason and a test):\n" + (
        "\n".join(uses)
    )


PROBE = """
from textual._context import active_app
from textual.app import _character_to_key
from textual.widgets import Input

class Probe(Input):
    def _on_key(self, event):
        return self._value, self._not_textual

def peek(app):
    return app._driver, getattr(app, "_notifications"), "textual.app._x", app._own
"""


def test_the_check_sees_each_kind_of_use() -> None:
    """The check is not blind: each kind of use in a file is reported, and nothing else."""
    namespace: dict[str, object] = {}
    exec(PROBE, namespace)
    found = private_uses(iter([("probe.py", ast.parse(PROBE), namespace)]))
    assert {use.split(": ", 1)[1] for use in found} == {
        "from textual._context import …",
        "from textual.app import _character_to_key",
        "defines _on_key",
        "self._value",
        "._driver",
        "._notifications",
        "names textual.app._x",
    }
