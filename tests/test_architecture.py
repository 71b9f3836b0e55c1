"""No module reaches into another's private names: a leading underscore means "this module only"."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "collectorpro"


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(dotted: str) -> bool:
    base = PACKAGE.parent.joinpath(*dotted.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = _module_name(path)
    where = path.relative_to(PACKAGE.parent)
    found: list[str] = []
    modules: set[str] = set()  # local names bound to another collectorpro module
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if not node.module.startswith("collectorpro"):
                continue
            for alias in node.names:
                if _is_module(f"{node.module}.{alias.name}"):
                    modules.add(alias.asname or alias.name)
                elif _private(alias.name) and node.module != here:
                    found.append(f"{where}:{node.lineno} imports {node.module}.{alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("collectorpro"):
                    modules.add(alias.asname or alias.name)  # the dotted name, without asname
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not _private(node.attr):
            continue
        parts: list[str] = []
        target: ast.expr = node.value
        while isinstance(target, ast.Attribute):
            parts.append(target.attr)
            target = target.value
        if isinstance(target, ast.Name):
            name = ".".join([target.id, *reversed(parts)])
            if name in modules:
                found.append(f"{where}:{node.lineno} uses {name}.{node.attr}")
    return found


def test_no_module_uses_another_modules_private_names():
    problems = [p for path in sorted(PACKAGE.rglob("*.py")) for p in _problems(path)]
    assert not problems, "make these public or keep them in their module:\n" + "\n".join(problems)
