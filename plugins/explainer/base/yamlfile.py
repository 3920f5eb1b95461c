"""The editor's YAML files (sidecars, `timeline.yaml`, `claims.yaml`), read one way.

YAML can say more than an editor's file needs, and each extra is a way to go wrong: a key
given twice silently keeps the last value, an alias (`*a`) can make a few lines expand to
millions of items ("billion laughs"), a tag (`!!python/...`) asks for an object rather than
text, and a date becomes a date object before our own check can say what is wrong with it.
So every file is read here, and each of these is refused with one line naming the file and
line, or kept as the text the editor wrote:

- a key given twice is refused (plain YAML keeps the last one silently);
- aliases are refused when a value is built from them (an anchor alone is harmless, and a
  caller may look at the keys before the values); nothing is ever expanded;
- tags are refused, and dates stay text (YAML's timestamps are not resolved);
- the file is bounded in size and in depth, so that no file makes the build slow, and it is
  read only if it is a regular file inside the project (`safefile`).

`read_yaml` gives the composed nodes, whose marks hold the line of everything, and `value`
builds plain Python values from them (with each mapping's line under a key, if asked).
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from .errors import QUOTE_VALUES, ExplainerError, yaml_error
from .safefile import read_project_bytes

# Far more than any editor's file needs (the example timeline.yaml is 6 KB), and still read
# in well under a second.
MAX_YAML_BYTES = 200_000
# Lists of entries whose fields hold lists: four levels. More is a mistake or an attack (each
# level is a Python call: ten thousand would end the build with a crash, not a message).
MAX_DEPTH = 32

# YAML's implicit types without timestamps: a date stays the text the editor wrote, so an
# impossible one gets our own message. Nor `<<` (a merge key, which copies another mapping: an
# alias by another name) or `=` (a "value" key, which no safe loader can build): each is the
# text it is, and an unknown key where a key is expected.
_AS_TEXT = {f"tag:yaml.org,2002:{name}" for name in ("timestamp", "merge", "value")}
DATES_AS_TEXT = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag not in _AS_TEXT]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_ALIAS_LINE = "_explainer_alias_line"  # set on a node that an alias refers to


class _Refused(yaml.YAMLError):
    """One of our refusals, raised inside the parser: (line, message) for the editor."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


class _Composer(yaml.composer.Composer):
    """The composer that refuses tags, duplicate keys and deep nesting, and notes aliases."""

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            node = super().compose_node(parent, index)  # the anchored node, shared: nothing expands
            if not hasattr(node, _ALIAS_LINE):
                setattr(node, _ALIAS_LINE, event.start_mark.line + 1)
            return node
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!":
            raise _Refused(
                event.start_mark.line + 1,
                f"the YAML tag {tag.replace('tag:yaml.org,2002:', '!!')!r} is not allowed; check the YAML syntax: "
                "remove the tag, or put a value that starts with '!' in quotes",
            )
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Refused(
                    event.start_mark.line + 1, f"the values are nested more than {MAX_DEPTH} levels deep; write them flatter"
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def compose_mapping_node(self, anchor):
        node = super().compose_mapping_node(anchor)
        seen = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                key = (key_node.tag, key_node.value)
                if key in seen:
                    raise _Refused(
                        key_node.start_mark.line + 1, f"`{key_node.value}:` appears twice; keep one of the two lines"
                    )
                seen.add(key)
        return node


class _Constructor(yaml.constructor.SafeConstructor):
    """Safe construction that refuses to build anything twice (what an alias asks for) and can
    record each mapping's line."""

    line_key: str | None = None

    def construct_object(self, node, deep=False):
        if hasattr(node, _ALIAS_LINE):
            raise _Refused(
                getattr(node, _ALIAS_LINE),
                "YAML aliases (`*name`, naming an `&name` given earlier) are not allowed; write the value out in full",
            )
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        if self.line_key is not None:
            mapping[self.line_key] = node.start_mark.line + 1
        return mapping


try:  # libyaml reads the events fast where it is installed; our composer stays in Python
    from yaml.cyaml import CParser as _Parser
except ImportError:  # pragma: no cover - PyYAML without libyaml
    _Parser = None


if _Parser is not None:

    class _Loader(_Composer, _Parser, yaml.resolver.Resolver):
        def __init__(self, stream):
            _Parser.__init__(self, stream)
            _Composer.__init__(self)
            yaml.resolver.Resolver.__init__(self)

else:  # pragma: no cover

    class _Loader(
        yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, _Composer, yaml.resolver.Resolver
    ):
        def __init__(self, stream):
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)
            _Composer.__init__(self)
            yaml.resolver.Resolver.__init__(self)


_Loader.yaml_implicit_resolvers = DATES_AS_TEXT


class YamlFile:
    """An editor's YAML file, parsed: `root` is its node (None for an empty file); every node's
    `start_mark.line` is where it starts (0-based; `line(node)` gives the editor's number)."""

    def __init__(self, path: Path, root: yaml.Node | None):
        self.path = path
        self.root = root

    @staticmethod
    def line(node: yaml.Node) -> int:
        return node.start_mark.line + 1

    def value(self, node: yaml.Node | None = None, line_key: str | None = None):
        """The plain Python value of `node` (the whole file by default): dicts, lists and text,
        numbers and booleans, dates as text. With `line_key`, each dict also holds its line
        under that key."""
        node = self.root if node is None else node
        if node is None:
            return None
        constructor = _Constructor()
        constructor.line_key = line_key
        try:
            return constructor.construct_document(node)
        except _Refused as err:
            raise ExplainerError(self.path, err.message, line=err.line) from None
        except yaml.YAMLError as err:
            raise yaml_error(self.path, err, QUOTE_VALUES) from None


def read_yaml(path: str | os.PathLike, what: str = "file") -> YamlFile:
    """The file at `path` parsed, or the build's one line saying what is wrong with it. `what`
    names the file in the advice ("sidecar", "file")."""
    path = Path(path)
    raw = read_project_bytes(path, MAX_YAML_BYTES, what)  # a regular file inside the project, bounded
    if len(raw) > MAX_YAML_BYTES:
        raise ExplainerError(
            path, f"the file is larger than {MAX_YAML_BYTES // 1000} KB, far more than a {what} needs; "
            "check that it is the right file"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ExplainerError(path, f"not UTF-8; re-save the {what} as UTF-8 text", line=line) from None
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except _Refused as err:
        raise ExplainerError(path, err.message, line=err.line) from None
    except yaml.YAMLError as err:
        raise yaml_error(path, err, QUOTE_VALUES) from None
    finally:
        loader.dispose()
    return YamlFile(path, root)


def load_yaml(path: str | os.PathLike, what: str = "file", line_key: str | None = None):
    """`read_yaml(path).value()`: the file as plain Python values, checked as above."""
    return read_yaml(path, what).value(line_key=line_key)
