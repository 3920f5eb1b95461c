"""The package's layers, as folders: every import points down, and no module imports itself back.

The order is the data flow: `base` (no news, no Pelican) < `language` < `extract` < `findings` <
`story` and `settings` < `site` < the Pelican glue. Imports are read from the source with `ast`,
function bodies and `TYPE_CHECKING` blocks included, so a cycle cannot hide inside a function.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "plugins" / "explainer"
LAYERS = {
    "base": 0,
    "language": 1,
    "extract": 2,
    "findings": 3,
    "story": 4,
    "settings": 4,
    "site": 5,
    "rendering": 6,
    "generator": 7,
    "build": 8,
    "devserver": 9,
    "__init__": 10,
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" and len(parts) > 1 else parts)


def layer_of(module: str) -> int:
    return LAYERS[module.split(".")[0]]


def imports_of(path: Path) -> set[str]:
    """The package modules one file imports, anywhere in it, resolved to dotted names."""
    name = module_name(path)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    if path.name == "__init__.py" and name == "__init__":
        package = []
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
            target = [*base, *(node.module.split(".") if node.module else [])]
            for alias in node.names:
                candidate = ".".join([*target, alias.name])
                found.add(candidate if _exists(candidate) else ".".join(target))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("explainer"):
            found.add(node.module.removeprefix("explainer").lstrip(".") or "__init__")
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("explainer.") for a in node.names if a.name.startswith("explainer.")}
    return {m for m in found if m}


def _exists(dotted: str) -> bool:
    path = PACKAGE.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def graph() -> dict[str, set[str]]:
    return {module_name(p): imports_of(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_the_package_has_its_layers_as_folders():
    folders = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert {"base", "language", "extract", "findings", "site"} <= folders
    top = {p.stem for p in PACKAGE.glob("*.py")}
    assert top <= set(LAYERS), f"a top-level module with no layer: {top - set(LAYERS)}"


def test_every_import_points_down_or_within_its_layer():
    upward = [
        f"{module} imports {target}"
        for module, targets in graph().items()
        for target in targets
        if layer_of(target) > layer_of(module)
    ]
    assert graph()["story"], "the walk found no imports at all"
    assert not upward, "\n".join(upward)


def test_no_module_imports_itself_back():
    edges = graph()
    cycles = []
    state: dict[str, int] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in sorted(edges.get(module, ())):
            if state.get(target) == 1:
                cycles.append(" -> ".join([*trail[trail.index(target):], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module, [module])
    assert not cycles, "\n".join(cycles)


@pytest.mark.parametrize(
    "source, found",
    [
        ("from ..site.pages import Page\n", "site.pages"),
        ("def f():\n    from ..story import Story\n", "story"),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..site import page\n", "site.page"),
    ],
)
def test_the_walk_sees_imports_wherever_they_stand(tmp_path, monkeypatch, source, found):
    """A module of `findings/` importing upward in any of these ways would be caught."""
    fake = PACKAGE / "findings" / "quotes.py"
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source)
    assert found in imports_of(fake)
    assert layer_of(found) > layer_of(module_name(fake))
